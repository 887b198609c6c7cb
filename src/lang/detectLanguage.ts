import type { ReplyLanguage } from '../types.ts';

const ENGLISH = new Set([
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'who',
  'what',
  'when',
  'where',
  'why',
  'which',
  'how',
  'much',
  'many',
  'of',
  'to',
  'for',
  'with',
  'from',
  'by',
  'has',
  'have',
  'had',
  'it',
  'this',
  'that',
  'and',
  'or',
  'on',
  'at',
  'about',
  'says',
  'say',
  'said',
  'there',
  'whom',
  'whose',
  'can',
  'will',
]);
const GERMAN = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'ist',
  'sind',
  'war',
  'wer',
  'was',
  'wann',
  'wo',
  'warum',
  'wie',
  'welche',
  'welcher',
  'welches',
  'viel',
  'viele',
  'hat',
  'haben',
  'und',
  'oder',
  'für',
  'mit',
  'von',
  'im',
  'in',
  'auf',
  'zu',
  'nach',
  'wurde',
  'wird',
  'es',
  'sich',
  'nicht',
  'auch',
  'über',
  'bei',
]);

/** The language of a free text, by its function words (German when unsure). */
export function languageOfText(text: string): ReplyLanguage {
  return detectLanguage(text.split(/[^\p{L}]+/u).filter(Boolean));
}

/** Guesses whether a question is English or German from its function words (German wins ties). */
export function detectLanguage(words: readonly string[]): ReplyLanguage {
  let english = 0;
  let german = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    if (GERMAN.has(lower)) german++;
  }
  return english > german ? 'en' : 'de';
}
