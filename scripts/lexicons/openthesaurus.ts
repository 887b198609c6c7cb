import { STOPWORDS } from '../../src/text/stopwords.ts';
import { termKey } from '../../src/text/terms.ts';
import { words } from '../../src/text/tokenize.ts';

/** Registers whose senses stretch a word's meaning too far to count as the same thing: colloquial, figurative, vulgar, obsolete. */
const STRETCHED = /\((?:[^)]*\b)?(?:ugs\.|fig\.|derb|vulg\.|veraltet|scherzhaft|abwertend)[^)]*\)/;

/**
 * Reads OpenThesaurus's synonym sets (one per line, `;`-separated) into groups of index keys.
 * Colloquial, figurative, vulgar and obsolete senses are left out; so are entries of several
 * words (a phrase is not a loose set of words) and stopwords. Groups of fewer than two keys go.
 */
export function readOpenThesaurus(text: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const keys = new Set<string>();
    for (const entry of line.split(';')) {
      if (STRETCHED.test(entry)) continue;
      const plain = entry.replace(/\([^)]*\)/g, ' ').trim();
      const tokens = words(plain);
      if (tokens.length !== 1 || tokens[0] !== plain || STOPWORDS.has(plain.toLowerCase())) continue;
      keys.add(termKey(plain));
    }
    if (keys.size < 2) continue;
    const group = [...keys].sort();
    const id = group.join(';');
    if (seen.has(id)) continue;
    seen.add(id);
    groups.push(group);
  }
  return groups;
}
