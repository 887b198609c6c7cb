import { createEngine } from '../../src/engine.ts';
import type { LexiconWeights } from '../../src/retrieval/concepts.ts';
import type { Lexicon } from '../../src/types.ts';
import { answerInSentence, squadToKnowledge, type SquadFile } from '../eval/squad.ts';

/** The values tried for each weight. */
export const LEXICON_WEIGHT_GRID: Record<keyof LexiconWeights, readonly number[]> = {
  translation: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
  phrasePart: [0.25, 0.5, 0.75, 1],
  synonym: [0, 0.2, 0.4, 0.6, 0.8],
  member: [0, 0.2, 0.4, 0.6],
};
/** Where the search starts: a translation nearly the word, half of that for a phrase's word, a synonym at half weight, a kind of the word lower. */
const START: LexiconWeights = { translation: 0.9, phrasePart: 0.5, synonym: 0.5, member: 0.2 };
/** Passes of coordinate search over the weights. */
const PASSES = 2;

/** The fitted lexicon weights and how they do. */
export interface LexiconWeightFit {
  weights: LexiconWeights;
  /** Share of questions whose best-ranked sentence holds the answer, with the weights fitted on all data (in-sample). */
  accuracy: number;
  /** The same share when each fold's weights are fitted on the other folds' articles only. */
  crossValidated: number;
}

/**
 * Chooses how much lexicon translations and synonyms count, by how often the best-ranked
 * sentence holds the answer (German and English questions together), by coordinate search
 * over a grid, with cross-validation by article: each fold's weights are fitted on the other
 * folds, and judged on its own articles.
 */
export function fitLexiconWeights(german: SquadFile, english: SquadFile | undefined, lexicon: Lexicon, folds: number): LexiconWeightFit {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const englishText = new Map<string, string>();
  for (const entry of english?.data ?? []) for (const p of entry.paragraphs) for (const qa of p.qas) englishText.set(qa.id, qa.question);
  const groups = [...new Set(questions.map((q) => q.articleId))];
  const foldOf = new Map(groups.map((group, i) => [group, i % folds]));
  const asked = questions.flatMap((q) =>
    [q.question, englishText.get(q.id)].filter((text): text is string => text !== undefined).map((text) => ({ q, text, fold: foldOf.get(q.articleId)! })),
  );
  // Per set of weights tried: whether each question's best-ranked sentence holds the answer.
  const tried = new Map<string, boolean[]>();
  const hits = (weights: LexiconWeights) => {
    const id = JSON.stringify(weights);
    let found = tried.get(id);
    if (!found) {
      const engine = createEngine(knowledge, { lexiconWeights: weights });
      found = asked.map(({ q, text }) => {
        const best = engine.read(text)?.candidates[0];
        return best !== undefined && answerInSentence(engine.passage(best.ranked.passage).text, q.answers);
      });
      tried.set(id, found);
    }
    return found;
  };
  const accuracy = (weights: LexiconWeights, keep: (fold: number) => boolean) => {
    const found = hits(weights);
    let right = 0;
    let total = 0;
    asked.forEach(({ fold }, i) => {
      if (!keep(fold)) return;
      total++;
      if (found[i]) right++;
    });
    return right / Math.max(total, 1);
  };
  const search = (keep: (fold: number) => boolean): LexiconWeights => {
    let best = START;
    for (let pass = 0; pass < PASSES; pass++) {
      for (const name of Object.keys(LEXICON_WEIGHT_GRID) as Array<keyof LexiconWeights>) {
        for (const value of LEXICON_WEIGHT_GRID[name]) {
          const candidate = { ...best, [name]: value };
          if (accuracy(candidate, keep) > accuracy(best, keep)) best = candidate;
        }
      }
    }
    return best;
  };
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const weights = search((f) => f !== fold);
    const found = hits(weights);
    asked.forEach(({ fold: f }, i) => {
      if (f !== fold) return;
      total++;
      if (found[i]) right++;
    });
  }
  const weights = search(() => true);
  return { weights, accuracy: accuracy(weights, () => true), crossValidated: right / Math.max(total, 1) };
}
