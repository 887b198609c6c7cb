import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { ENGLISH_QUESTION_WORDS, GERMAN_FUNCTION_WORDS } from '../text/stopwords.ts';
import type { Lexicon, ReplyLanguage } from '../types.ts';

/**
 * The function words of each language (the NLTK stopword lists, with the question words the
 * German one lacks: "wer", "wann", "worauf", …): a question's language is the one whose
 * function words it uses more. A few words are in both ("in", "was", "will", …) and count for both.
 */
const ENGLISH: ReadonlySet<string> = new Set([...englishStopwords, ...ENGLISH_QUESTION_WORDS]);
const GERMAN = GERMAN_FUNCTION_WORDS;

/** A guess at a text's language from its letters, for when its function words do not tell (see `Lexicon.guessLanguage`). */
export type LanguageGuess = (text: string) => ReplyLanguage | undefined;

/** The language of a free text, by its function words alone (see {@link detectLanguage}). */
export function languageOfText(text: string): ReplyLanguage {
  return detectLanguage(text.split(/[^\p{L}]+/u).filter(Boolean));
}

/**
 * Whether a question is English or German, from its words: the language whose function
 * words it uses more. When they do not tell (as many of each, or none: "Rutte?"), `guess`
 * reads the letters of the words; without a guess, or when it has none, German.
 */
export function detectLanguage(words: readonly string[], guess?: LanguageGuess): ReplyLanguage {
  let english = 0;
  let german = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    if (GERMAN.has(lower)) german++;
  }
  if (english !== german) return english > german ? 'en' : 'de';
  return guess?.(words.join(' ')) ?? 'de';
}

/**
 * The language whose words alone a question uses more, by the lexicons: a German common noun
 * the dictionary gives no English for ("Gipfel"), or an English word it translates that is no
 * German noun ("weather"). None when that does not tell: a name ("Rutte", "Ukraine") or a word
 * of both ("Wetter" is also English "wetter").
 */
export function languageByLexicon(
  words: readonly string[],
  lexicon: Pick<Lexicon, 'translate' | 'isCommonNoun'>,
  keyOf: (word: string) => string,
): ReplyLanguage | undefined {
  let english = 0;
  let german = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    const key = keyOf(lower);
    const noun = lexicon.isCommonNoun(key);
    // A name spelt alike in both ("Ukraine") translates as itself: no sign of either.
    const translated = lexicon.translate(lower)?.some((translation) => translation !== key) ?? false;
    if (noun && !translated) german++;
    if (translated && !noun) english++;
  }
  return english === german ? undefined : english > german ? 'en' : 'de';
}
