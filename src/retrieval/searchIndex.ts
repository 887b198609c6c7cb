import { termKey } from '../text/terms.ts';
import type { Knowledge, Lexicon } from '../types.ts';
import type { QueryWord } from './analyzeQuestion.ts';
import { resolveConcepts, type Concept, type MatchWeights } from './concepts.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { buildInvertedIndex, type InvertedIndex } from './invertedIndex.ts';
import { createParagraphScorer } from './paragraphScorer.ts';
import { rankSentences, type RankedSentence, type RankOptions } from './rank.ts';
import { createSpellingCorrector } from './spelling.ts';
import { createWordFamily, type TermMatch } from './wordFamily.ts';

/** Weight of a word the operator's synonyms.txt gives for a question word (the operator knows their articles). */
const SYNONYM_WEIGHT = 0.9;
/** How the index is built. */
export interface IndexOptions {
  /** How much the lexicons' translations and synonyms, and a word's family, count against the word itself. */
  matchWeights: MatchWeights;
}

/** Everything built once from the knowledge that a question is searched with. */
export interface SearchIndex {
  corpus: Corpus;
  inverted: InvertedIndex;
  /** Whether the articles use a key (an index term). */
  knows(key: string): boolean;
  resolve(words: readonly QueryWord[]): Concept[];
  /** Paragraphs first (BM25), then their sentences, best first. */
  rank(concepts: readonly Concept[], options: RankOptions): RankedSentence[];
}

/** Builds corpus, postings, word families, spelling buckets and synonym groups. */
export function createSearchIndex(knowledge: Knowledge, { matchWeights }: IndexOptions): SearchIndex {
  // The sentences' term keys go once the index holds them as term ids.
  const { corpus, passageTerms } = buildCorpus(knowledge.articles);
  const inverted = buildInvertedIndex(corpus.paragraphs, passageTerms);
  const family = createWordFamily(inverted.keys, matchWeights);
  let correct: ((key: string) => string | undefined) | undefined;
  // Per key, the index keys that mean the same (only the index's own words can be found, so a
  // group with none of them changes nothing): the operator's groups, and the lexicon's.
  const groupMap = (groups: Iterable<readonly string[]>, weight: number) => {
    const map = new Map<string, TermMatch[]>();
    for (const keys of groups) {
      const known = keys.filter((key) => inverted.termIds.has(key));
      if (known.length === 0) continue;
      for (const key of keys) {
        for (const other of known) {
          if (other === key) continue;
          const list = map.get(key);
          if (list) list.push({ key: other, weight });
          else map.set(key, [{ key: other, weight }]);
        }
      }
    }
    return map;
  };
  const operatorGroups = groupMap(
    (knowledge.synonyms ?? []).map((group) => group.flatMap((phrase) => phrase.split(/\s+/).map(termKey))),
    SYNONYM_WEIGHT,
  );
  // Built on first use: only a question word the articles do not use asks for the lexicon's synonyms.
  let lexiconGroups: Map<string, TermMatch[]> | undefined;
  const lexiconSynonymsOf = (key: string) =>
    (lexiconGroups ??= matchWeights.synonym > 0 ? groupMap(knowledge.lexicon?.synonyms ?? [], matchWeights.synonym) : new Map()).get(key) ?? [];
  const membersOf = matchWeights.member > 0 && knowledge.lexicon ? createMemberLookup(knowledge.lexicon, inverted, matchWeights.member) : () => [];
  const topParagraphs = createParagraphScorer(inverted);
  return {
    corpus,
    inverted,
    knows: (key) => inverted.termIds.has(key),
    rank: (concepts, options) => rankSentences(corpus, inverted, topParagraphs(concepts, options), concepts, options),
    resolve: (words) =>
      resolveConcepts(words, {
        index: inverted,
        relatives: family.relatives,
        // Built on first use: most questions need no correction, and start-up stays fast.
        correct: (key) => (correct ??= createSpellingCorrector(inverted.keys))(key),
        synonyms: (key) => operatorGroups.get(key) ?? [],
        lexiconSynonyms: lexiconSynonymsOf,
        lexiconMembers: membersOf,
        weights: matchWeights,
        isCommonNoun: knowledge.lexicon?.isCommonNoun ?? (() => false),
      }),
  };
}

/**
 * Per key, the index keys of the nouns the lexicon files under it or under one of its
 * synonyms, at `weight`. The key's synonym groups are found on first use (a scan of the
 * groups), and each answer is kept: questions ask few words the articles do not use.
 */
function createMemberLookup(lexicon: Lexicon, inverted: InvertedIndex, weight: number): (key: string) => readonly TermMatch[] {
  let groupsOf: Map<string, number[]> | undefined;
  const found = new Map<string, TermMatch[]>();
  return (key) => {
    let matches = found.get(key);
    if (matches) return matches;
    if (!groupsOf) {
      groupsOf = new Map();
      lexicon.synonyms.forEach((group, i) => {
        for (const member of group) {
          const list = groupsOf!.get(member);
          if (list) list.push(i);
          else groupsOf!.set(member, [i]);
        }
      });
    }
    const kinds = new Set([key, ...(groupsOf.get(key) ?? []).flatMap((i) => lexicon.synonyms[i]!)]);
    const keys = new Set([...kinds].flatMap((kind) => lexicon.members(kind)).filter((member) => inverted.termIds.has(member)));
    matches = [...keys].map((member) => ({ key: member, weight }));
    found.set(key, matches);
    return matches;
  };
}
