import { stemmer } from '@orama/stemmers/german';
import { foldGerman } from './normalize.ts';

/**
 * The index key of a word: lower case, German spelling folded, Snowball-stemmed, umlauts
 * folded. "Häuser", "Haeuser" and "Haus" share a key.
 */
export function termKey(word: string): string {
  const lower = word.toLowerCase();
  if (/^\p{N}/u.test(lower)) return lower.replace(/,/g, '.');
  return stemmer(foldGerman(lower)).replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}
