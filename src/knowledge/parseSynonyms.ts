import { QaError } from '../errors.ts';

/**
 * Reads an operator's synonym list: one group per line, words joined by `=` or `,`
 * (`Auto = Wagen`, `Amerika, USA, Vereinigte Staaten`); `#` starts a comment.
 * Throws a {@link QaError} naming the line when a line holds fewer than two words.
 */
export function parseSynonyms(fileName: string, text: string): string[][] {
  const groups: string[][] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const words = line.split(/[=,]/).map((word) => word.trim()).filter(Boolean);
    if (words.length < 2) {
      throw new QaError('KNOWLEDGE_BAD_SYNONYMS', `${fileName} line ${index + 1} needs at least two words joined by "=" (e.g. "Auto = Wagen").`);
    }
    groups.push(words);
  });
  return groups;
}
