import { MATCH_WEIGHTS, RANK_WEIGHTS } from '../../src/decision/weights.ts';
import { defaultEngineOptions } from '../../src/engine.ts';
import { boundedMemo } from '../../src/memo.ts';
import { analyzeQuestion } from '../../src/retrieval/analyzeQuestion.ts';
import { createSearchIndex } from '../../src/retrieval/searchIndex.ts';
import { cleanText } from '../../src/text/normalize.ts';
import type { Lexicon } from '../../src/types.ts';
import { questionsById, squadToKnowledge, type SquadFile } from '../eval/squad.ts';
import { foldsOf } from '../train/folds.ts';
import { heldByCandidates } from '../train/matchWeights.ts';
import { collectExamples } from '../train/collect.ts';
import { crossValidatedReplies, netRight } from '../train/fit.ts';
import { fitByCoordinateSearch, type SearchFit } from '../train/coordinateSearch.ts';
import { rankSenses, type DingRanking, type Sense } from './ding.ts';

/** The values tried for each ranking weight. */
export const RANKING_GRID: Record<keyof DingRanking, readonly number[]> = {
  inflection: [0, 1, 2, 3, 4],
  alternative: [0, 0.5, 1, 2],
  germanAlternative: [0, 0.5, 1, 2],
  field: [0, 1, 2, 3, 5],
  centrality: [0, 0.5, 1, 2],
  commonness: [0, 0.25, 0.5, 1],
  translations: [4, 6, 8, 12, 16],
};
/** Where the search starts: the ranking as first set by hand. */
export const DING_START: DingRanking = { inflection: 2, alternative: 1, germanAlternative: 1, field: 3, centrality: 1, commonness: 0.5, translations: 8 };
/** English words and phrases whose translations are remembered per ranking tried. */
const REMEMBERED = 100_000;
/** Passes of coordinate search over the weights. */
const PASSES = 2;
/** Paragraphs ranked by sentence while fitting (the engine's default). */
const RANKED_PARAGRAPHS = defaultEngineOptions.rank.paragraphs;

/**
 * Chooses how Ding's translations are ordered and how many are kept, by how often a candidate
 * sentence holds the answer to an English question over the German paragraphs (see `heldByCandidates`), by
 * coordinate search with cross-validation by article. The engine's shipped match and rank
 * weights are used; `npm run train` refits those to the lexicon built afterwards.
 */
export function fitDingRanking(
  senses: ReadonlyMap<string, readonly Sense[]>,
  german: SquadFile,
  english: SquadFile,
  lexicon: Lexicon,
  folds: number,
): SearchFit<DingRanking> {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const index = createSearchIndex(knowledge, { matchWeights: MATCH_WEIGHTS });
  const englishText = questionsById(english);
  const asked = questions.filter((q) => englishText.has(q.id));
  const foldOfGroup = foldsOf(
    asked.map((q) => q.articleId),
    folds,
  );
  const options = { ...RANK_WEIGHTS, paragraphs: RANKED_PARAGRAPHS };
  const hits = (ranking: DingRanking) => {
    const ranked = rankedLexicon(senses, ranking, lexicon);
    return asked.map((q) => {
      const { words } = analyzeQuestion(cleanText(englishText.get(q.id)!), ranked, index.corpus.keyOf, index.knows);
      return heldByCandidates(index, index.rank(index.resolve(words), options), q.answers);
    });
  };
  return fitByCoordinateSearch(
    DING_START,
    RANKING_GRID,
    hits,
    asked.map((q) => foldOfGroup.get(q.articleId)!),
    folds,
    PASSES,
  );
}

/** `lexicon` with Ding's translations ranked by `ranking`, as the lexicon built with it would give them. */
export function rankedLexicon(senses: ReadonlyMap<string, readonly Sense[]>, ranking: DingRanking, lexicon: Lexicon): Lexicon {
  // As the lexicon does: no translations (undefined) for a word Ding does not list.
  const translate = boundedMemo((key: string) => (senses.has(key) ? rankSenses(senses.get(key)!, ranking) : undefined), REMEMBERED);
  return { ...lexicon, translate };
}

/**
 * What the user reads first with a lexicon: right minus wrong leads over every German and
 * English development question, own article left out included, with the decision models
 * cross-validated by article as `npm run train` fits them (the shipped retrieval weights).
 */
export function netRightWith(lexicon: Lexicon, german: SquadFile, english: SquadFile, folds: number): number {
  return netRight(crossValidatedReplies(collectExamples(german, english, lexicon), folds));
}
