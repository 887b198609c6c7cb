import { QUESTION_WORDS, STOPWORDS } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * Shortest question word a typo is corrected to, and shortest typo (of a question word, or of
 * an English word: see `analyzeQuestion`): between shorter words one edit leads anywhere
 * ("wo" and "so", "wer" and "der").
 */
export const MIN_LENGTH = 4;

const CORRECTABLE = QUESTION_WORDS.filter((word) => word.length >= MIN_LENGTH);

/**
 * Corrects a misspelt question word that opens a question ("Wiviel …", "Warun …", "Waht …")
 * to the one question word it is one edit from (a letter added, dropped, changed, or two
 * swapped), so the question is read for the kind of answer it asks and its typo is not
 * searched as a content word. Only the first word is corrected, and only when it is no word
 * `isKnown` knows (the articles' words and the lexicon's, so "Wiese" stays), is not a
 * function word, and starts with the same letter.
 */
export function correctQuestionWord(text: string, isKnown: (lower: string) => boolean): string {
  const first = tokenize(text)[0];
  if (!first || first.text.length < MIN_LENGTH || /\p{N}/u.test(first.text)) return text;
  const lower = first.text.toLowerCase();
  if (STOPWORDS.has(lower) || isKnown(lower)) return text;
  const near = CORRECTABLE.filter((word) => word[0] === lower[0] && withinOneEdit(lower, word));
  if (near.length !== 1) return text;
  const corrected = /^\p{Lu}/u.test(first.text) ? near[0]![0]!.toUpperCase() + near[0]!.slice(1) : near[0]!;
  return text.slice(0, first.start) + corrected + text.slice(first.end);
}

/** Whether `a` becomes `b` by at most one edit: a letter added, dropped or changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length) {
    return restA.slice(1) === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
  }
  return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** The letters an English word is spelt with, for the edits {@link oneEditAway} tries. */
const ENGLISH_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The words one edit from `word` (a letter added, dropped or changed, or two neighbours
 * swapped), in English letters: the spellings a typo may have come from.
 */
export function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (after.length > 0) edits.add(before + after.slice(1));
    if (after.length > 1) edits.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of ENGLISH_LETTERS) {
      edits.add(before + letter + after);
      if (after.length > 0) edits.add(before + letter + after.slice(1));
    }
  }
  edits.delete(word);
  return edits;
}
