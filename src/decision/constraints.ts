import type { NameStats } from '../answer/nameStats.ts';
import { COMMON_NOUN_ENDING } from '../answer/patterns.ts';
import type { QueryWord } from '../retrieval/analyzeQuestion.ts';
import type { RankedSentence } from '../retrieval/rank.ts';
import type { Constraint } from './reading.ts';

/** Nameness (see `createNameStats`) from which a question word counts as a name. */
const NAME_LIKE = 0.5;

/**
 * The question's words that pin the answer down: numbers; names (capitalised where a word
 * does not have to be, not a German common noun by its ending or the dictionary, and used as
 * a name in the articles: seldom after a determiner, never in lower case); and nouns
 * qualifying the asked one. A word the articles never use says nothing of being a name here
 * ("Geld" or "Washington"); it weighs as an unknown word instead.
 */
export function questionConstraints(words: readonly QueryWord[], names: NameStats, isCommonNoun: (key: string) => boolean): Constraint[] {
  return words.flatMap((word, concept): Constraint[] => {
    const kind = constraintKind(word, names, isCommonNoun);
    return kind ? [{ concept, word: word.text, kind }] : [];
  });
}

/** The constraints that neither a sentence nor the one before it holds. */
export function missingConstraints(constraints: readonly Constraint[], sentence: RankedSentence): Constraint[] {
  return constraints.filter(({ concept }) => sentence.conceptWeights[concept] === 0 && sentence.previousWeights[concept] === 0);
}

function constraintKind(word: QueryWord, names: NameStats, isCommonNoun: (key: string) => boolean): Constraint['kind'] | undefined {
  if (/^\p{N}/u.test(word.text)) return 'number';
  if (!/^\p{Lu}/u.test(word.text) || word.first) return undefined;
  const commonNoun = COMMON_NOUN_ENDING.test(word.text.toLowerCase()) || isCommonNoun(word.keys[0]!);
  if (!commonNoun && names.seen(word.text) && names.nameness(word.text) >= NAME_LIKE) return 'name';
  return word.qualifier ? 'qualifier' : undefined;
}
