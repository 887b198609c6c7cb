import { PRONOMINAL_PREPOSITIONS } from './stopwords.ts';

/**
 * Words by which a sentence points back at something named before it: third-person personal
 * pronouns ("er", "ihnen"; not "es", which German also uses as a placeholder subject: "es
 * gibt"), demonstratives ("dieser", "jene"), the adverbs of place and time that point back
 * ("dort", "damals"), the German pronominal adverbs da(r) + preposition ("dadurch", "darauf",
 * by the same rule as the question adverbs "wodurch", "worauf"), and their English
 * counterparts. A closed class of function words: no lexicon lists them as such.
 */
export const ANAPHORS: ReadonlySet<string> = new Set([
  ...['er', 'sie', 'ihm', 'ihn', 'ihnen'],
  ...['dieser', 'diese', 'dieses', 'diesen', 'diesem', 'dies', 'jener', 'jene', 'jenes', 'jenen', 'jenem'],
  ...['dort', 'damals'],
  ...PRONOMINAL_PREPOSITIONS.map((preposition) => (/^[aeiouäöü]/.test(preposition) ? 'dar' : 'da') + preposition),
  ...['he', 'him', 'she', 'they', 'them', 'this', 'these', 'those'],
]);

/**
 * Whether a sentence points back at the one before it (see {@link ANAPHORS}): "Mit 39 Jahren
 * ist er zudem der älteste Quarterback" says who only with the sentence before. Such a
 * sentence is quoted with the one before it, so that the quote says what it speaks of.
 */
export function refersBack(words: ReadonlyArray<{ text: string }>): boolean {
  return words.some((word) => ANAPHORS.has(word.text.toLowerCase()));
}
