import type { Concept, MatchWeights } from '../../src/retrieval/concepts.ts';
import { analyzeQuestion, type QueryWord } from '../../src/retrieval/analyzeQuestion.ts';
import type { RankedSentence, RankWeights } from '../../src/retrieval/rank.ts';
import { defaultEngineOptions } from '../../src/engine.ts';
import { createSearchIndex, type SearchIndex } from '../../src/retrieval/searchIndex.ts';
import { cleanText } from '../../src/text/normalize.ts';
import type { Lexicon } from '../../src/types.ts';
import { answerInSentence, questionsById, squadToKnowledge, type SquadFile } from '../eval/squad.ts';
import { foldsOf } from './folds.ts';
import { fitByCoordinateSearch, type NamedWeights, type SearchFit } from './coordinateSearch.ts';

/** The retrieval's fitted weights: how matches count, and how the ranking weighs them. */
export interface RetrievalWeights {
  match: MatchWeights;
  rank: RankWeights;
}

/** How many paragraphs go on to sentence ranking while the weights are fitted (as the engine's default). */
const RANKED_PARAGRAPHS = defaultEngineOptions.rank.paragraphs;

/**
 * Whether one of the sentences the decision models read (the engine's `rerank` best) holds
 * the answer. The retrieval's part is to bring the answer among them; which of them is
 * answered is the sentence model's, fitted afterwards over the retrieval's own features.
 * (Fitting the retrieval to its best sentence alone raised that share, 0.741 to 0.745
 * cross-validated, but lowered the right answers read first, 0.528 to 0.509 German.)
 */
export function heldByCandidates(index: SearchIndex, ranked: readonly RankedSentence[], answers: readonly string[]): boolean {
  return ranked.slice(0, defaultEngineOptions.rerank).some((candidate) => answerInSentence(index.corpus.passages[candidate.passage]!.text, answers));
}

/** The values tried for each weight (the search starts from {@link START}). */
export const MATCH_WEIGHT_GRID: Record<keyof MatchWeights, readonly number[]> = {
  translation: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
  phrasePart: [0.25, 0.5, 0.75, 1],
  synonym: [0, 0.2, 0.4, 0.6, 0.8],
  member: [0, 0.2, 0.4, 0.6],
  containedBase: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
  containedPerChar: [0, 0.015, 0.03, 0.05, 0.08],
  containedFloor: [0.1, 0.2, 0.35, 0.5],
  participle: [0.4, 0.6, 0.8, 1],
  nominalised: [0.4, 0.6, 0.8, 1],
  sForm: [0.6, 0.75, 0.9, 1],
  otherEnding: [0, 0.25, 0.4, 0.55, 0.7, 0.85],
  compoundHead: [0.25, 0.5, 0.75, 1],
  compoundTail: [0.2, 0.4, 0.6, 0.8, 1],
  correction: [0.5, 0.7, 0.85, 1],
  salience: [1, 1.25, 1.5, 2, 2.5],
  untranslated: [0.1, 0.2, 0.35, 0.5, 0.75, 1],
};
export const RANK_WEIGHT_GRID: Record<keyof RankWeights, readonly number[]> = {
  k1: [0.6, 0.9, 1.2, 1.6, 2],
  b: [0.3, 0.5, 0.75, 0.9],
  relativeIdfCap: [1, 1.25, 1.5, 2, 3],
  neighbourShare: [0, 0.15, 0.3, 0.45, 0.6],
  followingShare: [0, 0.25, 0.5, 0.75, 1],
  paragraphShare: [0.1, 0.2, 0.35, 0.5, 0.75],
  localShare: [0, 0.25, 0.5, 0.75, 1],
};
/**
 * Where the search starts, and what stays unless the search carries over to articles it did
 * not see: the lexicon weights as an earlier fit chose them (to the best-ranked sentence), the
 * rest as first set by hand (BM25's usual k1 and b). Kept here, apart from the generated
 * `MATCH_WEIGHTS` and `RANK_WEIGHTS` (equal to it while the search does not carry over), so
 * that every training starts from the same place and writes the same file.
 */
const START: RetrievalWeights = {
  match: {
    translation: 1,
    phrasePart: 0.75,
    synonym: 0.5,
    member: 0.4,
    containedBase: 0.8,
    containedPerChar: 0.03,
    containedFloor: 0.35,
    participle: 0.8,
    nominalised: 0.8,
    sForm: 0.9,
    otherEnding: 0.55,
    compoundHead: 0.75,
    compoundTail: 0.6,
    correction: 0.85,
    salience: 1.5,
    untranslated: 0.35,
  },
  rank: { k1: 1.2, b: 0.75, relativeIdfCap: 1.5, neighbourShare: 0.3, followingShare: 0.5, paragraphShare: 0.35, localShare: 0.5 },
};
/** Passes of coordinate search over the weights. */
const PASSES = 2;

/** The fitted retrieval weights and how they do (shares of questions whose answer is among the candidate sentences). */
export interface RetrievalWeightFit extends Omit<SearchFit<NamedWeights>, 'weights' | 'found'> {
  weights: RetrievalWeights;
  found: RetrievalWeights;
  /** The weights the search starts from. */
  from: RetrievalWeights;
}

/**
 * Chooses how much each kind of match counts and how the ranking weighs them, by how often
 * a candidate sentence holds the answer ({@link heldByCandidates}; German and English questions together), by
 * coordinate search over a grid, with cross-validation by article: each fold's weights are
 * fitted on the other folds, and judged on its own articles.
 */
export function fitRetrievalWeights(german: SquadFile, english: SquadFile | undefined, lexicon: Lexicon, folds: number): RetrievalWeightFit {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const englishText = questionsById(english);
  const foldOfGroup = foldsOf(
    questions.map((q) => q.articleId),
    folds,
  );
  const asked = questions.flatMap((q) => [q.question, englishText.get(q.id)].filter((text): text is string => text !== undefined).map((text) => ({ q, text })));
  // The question's words do not depend on the weights: they are read once.
  let words: QueryWord[][] | undefined;
  // The last match weights tried, with the index built with them and the questions' concepts:
  // the search moves one weight at a time, so the rank weights are tried on one index in a row.
  let last: { id: string; index: SearchIndex; concepts: Concept[][] } | undefined;
  const resolved = (match: MatchWeights) => {
    const id = JSON.stringify(match);
    if (last?.id !== id) {
      const index = createSearchIndex(knowledge, { matchWeights: match });
      words ??= asked.map(({ text }) => analyzeQuestion(cleanText(text), lexicon, index.corpus.keyOf, index.knows).words);
      last = { id, index, concepts: words.map((w) => index.resolve(w)) };
    }
    return last;
  };
  const split = (flat: NamedWeights): RetrievalWeights => ({
    match: Object.fromEntries(MATCH_NAMES.map((name) => [name, flat[name]!])) as unknown as MatchWeights,
    rank: Object.fromEntries(RANK_NAMES.map((name) => [name, flat[name]!])) as unknown as RankWeights,
  });
  const hits = (flat: NamedWeights) => {
    const weights = split(flat);
    const { index, concepts } = resolved(weights.match);
    const options = { ...weights.rank, paragraphs: RANKED_PARAGRAPHS };
    return asked.map(({ q }, i) => heldByCandidates(index, index.rank(concepts[i]!, options), q.answers));
  };
  const fit = fitByCoordinateSearch<NamedWeights>(
    { ...START.match, ...START.rank },
    { ...MATCH_WEIGHT_GRID, ...RANK_WEIGHT_GRID },
    hits,
    asked.map(({ q }) => foldOfGroup.get(q.articleId)!),
    folds,
    PASSES,
  );
  return { ...fit, weights: split(fit.weights), found: split(fit.found), from: START };
}

const MATCH_NAMES = Object.keys(MATCH_WEIGHT_GRID) as Array<keyof MatchWeights>;
const RANK_NAMES = Object.keys(RANK_WEIGHT_GRID) as Array<keyof RankWeights>;
