import { PRONOMINAL_PREPOSITIONS } from './stopwords.ts';

/** Third-person personal pronouns, German and English: they stand for someone or something named before. */
const PERSONAL_PRONOUNS = ['er', 'sie', 'ihm', 'ihn', 'ihnen', 'he', 'him', 'she', 'they', 'them'];
const PERSONAL: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS);

/**
 * Words by which a sentence points back at something named before it: third-person personal
 * pronouns ("er", "ihnen"; not "es", which German also uses as a placeholder subject: "es
 * gibt"), demonstratives ("dieser", "jene"), the adverbs of place and time that point back
 * ("dort", "damals"), the German pronominal adverbs da(r) + preposition ("dadurch", "darauf",
 * by the same rule as the question adverbs "wodurch", "worauf"), and their English
 * counterparts. A closed class of function words: no lexicon lists them as such.
 */
export const ANAPHORS: ReadonlySet<string> = new Set([
  ...PERSONAL_PRONOUNS,
  ...['dieser', 'diese', 'dieses', 'diesen', 'diesem', 'dies', 'jener', 'jene', 'jenes', 'jenen', 'jenem'],
  ...['dort', 'damals'],
  ...PRONOMINAL_PREPOSITIONS.map((preposition) => (/^[aeiouäöü]/.test(preposition) ? 'dar' : 'da') + preposition),
  ...['this', 'these', 'those'],
]);

/**
 * Whether a sentence points back at the one before it (see {@link ANAPHORS}): "Mit 39 Jahren
 * ist er zudem der älteste Quarterback" says who only with the sentence before. Such a
 * sentence is quoted with the one before it, so that the quote says what it speaks of.
 */
export function refersBack(words: ReadonlyArray<{ text: string }>): boolean {
  return words.some((word) => ANAPHORS.has(word.text.toLowerCase()));
}

/**
 * Whether a paragraph goes on from the one before it, by the lower-case words of its first
 * sentence: it opens with a personal pronoun ("Er lobte auch …"), which stands for someone
 * or something the paragraph before named. Looser pointing back ("Diese Ankündigung …",
 * "damals") takes up an event or a time, not a name, and keeps to its own paragraph.
 */
export function opensWithPronoun(lowerWords: readonly string[]): boolean {
  return lowerWords.length > 0 && PERSONAL.has(lowerWords[0]!);
}
