import { NEWS_THESAURUS } from '../lang/thesaurus.ts';
import { termKey } from '../text/terms.ts';
import type { Knowledge } from '../types.ts';
import type { QueryWord } from './analyzeQuestion.ts';
import { resolveConcepts, type Concept } from './concepts.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { buildInvertedIndex, type InvertedIndex } from './invertedIndex.ts';
import { createParagraphScorer } from './paragraphScorer.ts';
import { rankSentences, type RankedSentence, type RankOptions } from './rank.ts';
import { createSpellingCorrector } from './spelling.ts';
import { createWordFamily } from './wordFamily.ts';

/** Everything built once from the knowledge that a question is searched with. */
export interface SearchIndex {
  corpus: Corpus;
  inverted: InvertedIndex;
  resolve(words: readonly QueryWord[]): Concept[];
  /** Paragraphs first (BM25), then their sentences, best first. */
  rank(concepts: readonly Concept[], options: RankOptions): RankedSentence[];
}

/** Builds corpus, postings, word families, spelling buckets and synonym groups. */
export function createSearchIndex(knowledge: Knowledge): SearchIndex {
  const corpus = buildCorpus(knowledge.articles);
  const inverted = buildInvertedIndex(corpus);
  const family = createWordFamily(inverted.keys);
  let correct: ((key: string) => string | undefined) | undefined;
  const synonymGroups = new Map<string, string[]>();
  for (const group of [...NEWS_THESAURUS, ...(knowledge.synonyms ?? [])]) {
    const keys = group.flatMap((phrase) => phrase.split(/\s+/).map(termKey));
    for (const key of keys) synonymGroups.set(key, [...(synonymGroups.get(key) ?? []), ...keys.filter((other) => other !== key)]);
  }
  const topParagraphs = createParagraphScorer(inverted);
  return {
    corpus,
    inverted,
    rank: (concepts, options) => rankSentences(corpus, inverted, topParagraphs(concepts, options), concepts, options),
    resolve: (words) =>
      resolveConcepts(words, {
        index: inverted,
        relatives: family.relatives,
        // Built on first use: most questions need no correction, and start-up stays fast.
        correct: (key) => (correct ??= createSpellingCorrector(inverted.keys))(key),
        synonyms: (key) => synonymGroups.get(key) ?? [],
      }),
  };
}
