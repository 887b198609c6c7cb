import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { termKey } from '../../src/text/terms.ts';
import type { Lexicon } from '../../src/types.ts';

const DATA = new URL('../../data/', import.meta.url);

/** The compiled lexicon files (`npm run lexicons` writes them from ../shared/lexicons). */
export const LEXICON_FILES = {
  /** English word or phrase, a tab, its German translations' keys separated by `;` (Ding). */
  english: new URL('de-en.tsv.gz', DATA).pathname,
  /** One key of a German common noun per line (Ding: nouns with a gender, not geographic names). */
  nouns: new URL('nouns.de.txt.gz', DATA).pathname,
  /** One synonym group of German keys per line, `;`-separated (OpenThesaurus). */
  synonyms: new URL('synonyms.de.txt.gz', DATA).pathname,
  /** Versions, licences and the key probe. */
  meta: new URL('lexicons.json', DATA).pathname,
} as const;

/** Words whose keys the files were built with: if `termKey` changes, the files need building again. */
const PROBE = ['Häuser', 'Bäume', 'gekürzt', 'Zeitungen', 'schneller', 'Straße', 'Zusammenschluss', 'Nachkommen'];

/** The probe words with their keys today. */
export function keyProbe(): Record<string, string> {
  return Object.fromEntries(PROBE.map((word) => [word, termKey(word)]));
}

let loaded: Lexicon | undefined;

/**
 * Reads the committed lexicon files once per process (every engine after the first reuses
 * them). Throws when they were built with other index keys than today's `termKey`.
 */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  const meta = JSON.parse(readFileSync(LEXICON_FILES.meta, 'utf8')) as { keys: Record<string, string> };
  const probe = keyProbe();
  if (Object.entries(probe).some(([word, key]) => meta.keys[word] !== key)) {
    throw new Error('The lexicon files in data/ were built with other index keys: run npm run lexicons.');
  }
  const english = sortedLines(gunzipSync(readFileSync(LEXICON_FILES.english)).toString('utf8'));
  const synonyms = gunzipSync(readFileSync(LEXICON_FILES.synonyms))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(';'));
  const nouns = new Set(gunzipSync(readFileSync(LEXICON_FILES.nouns)).toString('utf8').split('\n').filter(Boolean));
  loaded = { translate: english, synonyms, isCommonNoun: (key) => nouns.has(key) };
  return loaded;
}

/**
 * A look-up over `key<TAB>values` lines sorted by key, by binary search over line offsets:
 * the text stays one string, so 360,000 entries cost their bytes and an offset each, not a
 * map of arrays.
 */
function sortedLines(text: string): (key: string) => readonly string[] | undefined {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    if (text.charCodeAt(at) !== 10) starts.push(at);
  }
  const offsets = Int32Array.from(starts);
  const keyAt = (line: number) => {
    const start = offsets[line]!;
    return text.slice(start, text.indexOf('\t', start));
  };
  return (key) => {
    let low = 0;
    let high = offsets.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const found = keyAt(mid);
      if (found === key) {
        const start = offsets[mid]! + found.length + 1;
        const end = text.indexOf('\n', start);
        return text.slice(start, end === -1 ? text.length : end).split(';');
      }
      if (found < key) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
}
