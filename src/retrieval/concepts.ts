import { COMMON_NOUN_ENDING } from '../answer/patterns.ts';
import type { QueryWord } from './analyzeQuestion.ts';
import type { InvertedIndex } from './invertedIndex.ts';
import type { FamilyWeights, TermMatch } from './wordFamily.ts';

/** One question word resolved to index terms, with how much each counts. */
export interface Concept {
  word: string;
  /** Term ids with their weights in 0..1 (1 = the word itself). */
  terms: Array<{ id: number; weight: number }>;
  /** How much the word tells apart, BM25 idf; see `resolveConcepts` for unknown words. */
  idf: number;
}

/** The look-ups a question word goes through, in order of trust. */
export interface ConceptSources {
  index: InvertedIndex;
  relatives(key: string): readonly TermMatch[];
  correct(key: string): string | undefined;
  /** Index keys the operator's synonyms give for a key, with their weights. */
  synonyms(key: string): readonly TermMatch[];
  /** Index keys the lexicon's synonyms give for a key: asked only for a word the articles do not use. */
  lexiconSynonyms(key: string): readonly TermMatch[];
  /** Index keys of the nouns the lexicon files under a key or its synonyms ("Geld" → "Euro"): asked only for a word the articles do not use. */
  lexiconMembers(key: string): readonly TermMatch[];
  weights: Pick<MatchWeights, 'translation' | 'phrasePart' | keyof ConceptWeights>;
  /** Whether a key is a German common noun (the lexicon's; never without one). */
  isCommonNoun(key: string): boolean;
}

/** How much the lexicons' words count against the question's own word. */
export interface LexiconWeights {
  /** A German translation of an English question word. */
  translation: number;
  /** Each content word of a phrase translation ("Vereinigte Staaten"), which alone says less than the phrase, relative to `translation`. */
  phrasePart: number;
  /** An OpenThesaurus synonym of a word the articles do not use. */
  synonym: number;
  /** A noun Ding files under a word the articles do not use, or under one of its synonyms ("Euro (Währung)" for "Geld"). */
  member: number;
}

/** How a question word's own look-ups weigh. */
export interface ConceptWeights {
  /** The spelling correction of a word the index does not know, against the word itself. */
  correction: number;
  /** How much more a name or number of the question tells apart than its idf says (missing it costs the most). */
  salience: number;
  /** The idf of an English word no lexicon translates, against a German word the index does not know. */
  untranslated: number;
}

/**
 * How much each kind of match counts against the question's word itself (1): through a
 * lexicon, through the word's family, through a correction. Fitted by `npm run train`, by how
 * often the best-ranked sentence holds the answer (see `scripts/train/matchWeights.ts`).
 */
export type MatchWeights = LexiconWeights & FamilyWeights & ConceptWeights;

/**
 * Resolves question words to weighted index terms: the word itself, its translations and
 * the operator's synonyms, then words of the same family (compounds, other endings), and a
 * spelling correction only for a word the index does not know.
 */
export function resolveConcepts(words: readonly QueryWord[], sources: ConceptSources): Concept[] {
  const { index } = sources;
  // A word the index does not know at all weighs more than its rarest word when it is a
  // name or noun (capitalised: strong sign the articles speak of something else), and as
  // much as a word found once when it is lower case (a verb form the articles put otherwise).
  const paragraphs = index.paragraphLength.length;
  const unknownNoun = Math.log(1 + (paragraphs + 0.5) / 0.5);
  const unknownWord = Math.log(1 + (paragraphs - 0.5) / 1.5);
  return words.map((word) => {
    const weights = new Map<string, number>();
    const add = (key: string, weight: number) => {
      if ((weights.get(key) ?? 0) < weight) weights.set(key, weight);
    };
    const direct = new Set<string>();
    word.keys.forEach((entry, i) => {
      const parts = entry.split(' ');
      const base = (i === 0 ? 1 : sources.weights.translation) * (parts.length > 1 ? sources.weights.phrasePart : 1);
      for (const key of parts) {
        add(key, base);
        direct.add(key);
        for (const synonym of sources.synonyms(key)) add(synonym.key, synonym.weight * base);
      }
    });
    // A word the articles use is best found as itself; a synonym or a kind of it stands in for one they do not.
    if (![...direct].some((key) => index.termIds.has(key))) {
      for (const key of direct) {
        for (const synonym of sources.lexiconSynonyms(key)) add(synonym.key, synonym.weight * weights.get(key)!);
        for (const member of sources.lexiconMembers(key)) add(member.key, member.weight * weights.get(key)!);
      }
    }
    const exact = [...weights.keys()].filter((key) => index.termIds.has(key));
    if (exact.length === 0) {
      for (const key of word.keys.flatMap((entry) => entry.split(' '))) {
        const corrected = sources.correct(key);
        if (corrected) add(corrected, sources.weights.correction);
      }
    }
    for (const key of [...weights.keys()]) {
      const base = weights.get(key)!;
      for (const relative of sources.relatives(key)) add(relative.key, relative.weight * base);
    }
    const terms = [...weights].map(([key, weight]) => ({ id: index.termIds.get(key) ?? -1, weight })).filter((term) => term.id >= 0);
    // The word's own and translated forms say how rare it is; a synonym only that it has relatives.
    const exactIdf = exact.filter((key) => direct.has(key)).map((key) => index.idf[index.termIds.get(key)!]!);
    // A common noun the articles do not use ("Geld") is a paraphrase more often than a sign of another topic.
    const unknown =
      /^\p{Lu}/u.test(word.text) && !sources.isCommonNoun(word.keys[0]!) ? unknownNoun : unknownWord * (word.untranslated ? sources.weights.untranslated : 1);
    const idf = exactIdf.length > 0 ? Math.max(...exactIdf) : terms.length > 0 ? Math.max(...terms.map((t) => index.idf[t.id]! * t.weight)) : unknown;
    // Names and numbers pin a question to its article; missing them should cost the most.
    // German capitalises every noun, so a common-noun ending ("-ung", "-tät") rules a name out.
    const nameOrNumber = /^[\p{Lu}\p{N}]/u.test(word.text) && !COMMON_NOUN_ENDING.test(word.text.toLowerCase());
    const salience = nameOrNumber && !word.first ? sources.weights.salience : 1;
    return { word: word.text, terms, idf: idf * salience };
  });
}
