import { createEngine } from '../../src/engine.ts';
import type { Lexicon } from '../../src/types.ts';
import { answerInSentence, squadToKnowledge, type SquadFile } from '../eval/squad.ts';

/** Synonym weights tried: from ignoring the lexicon's synonyms to trusting them like the word's family. */
export const SYNONYM_WEIGHT_GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

/** The fitted lexicon synonym weight and how it does. */
export interface SynonymWeightFit {
  weight: number;
  /** Per weight tried: share of questions whose best-ranked sentence holds the answer (all data). */
  byWeight: Array<{ weight: number; accuracy: number }>;
  /** The same share when each fold's weight is chosen on the other folds' articles. */
  crossValidated: number;
}

/**
 * Chooses the weight of a lexicon synonym by how often the best-ranked sentence holds the
 * answer, German and English questions together, with cross-validation by article: each
 * fold's weight is the best on the other folds, and is judged on its own articles.
 */
export function fitSynonymWeight(german: SquadFile, english: SquadFile | undefined, lexicon: Lexicon, folds: number): SynonymWeightFit {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const englishText = new Map<string, string>();
  for (const entry of english?.data ?? []) for (const p of entry.paragraphs) for (const qa of p.qas) englishText.set(qa.id, qa.question);
  const groups = [...new Set(questions.map((q) => q.articleId))];
  const foldOf = new Map(groups.map((group, i) => [group, i % folds]));
  // Per weight, per question asked: whether the best-ranked sentence holds the answer.
  const hits = SYNONYM_WEIGHT_GRID.map((weight) => {
    const engine = createEngine(knowledge, { lexiconSynonymWeight: weight });
    return questions.flatMap((q) =>
      [q.question, englishText.get(q.id)].filter((text): text is string => text !== undefined).map((text) => {
        const best = engine.read(text)?.candidates[0];
        return { fold: foldOf.get(q.articleId)!, hit: best !== undefined && answerInSentence(engine.passage(best.ranked.passage).text, q.answers) };
      }),
    );
  });
  const accuracy = (w: number, keep: (fold: number) => boolean) => {
    const asked = hits[w]!.filter((h) => keep(h.fold));
    return asked.filter((h) => h.hit).length / Math.max(asked.length, 1);
  };
  const best = (keep: (fold: number) => boolean) => SYNONYM_WEIGHT_GRID.reduce((a, _, w) => (accuracy(w, keep) > accuracy(a, keep) ? w : a), 0);
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const chosen = best((f) => f !== fold);
    const held = hits[chosen]!.filter((h) => h.fold === fold);
    right += held.filter((h) => h.hit).length;
    total += held.length;
  }
  return {
    weight: SYNONYM_WEIGHT_GRID[best(() => true)]!,
    byWeight: SYNONYM_WEIGHT_GRID.map((weight, w) => ({ weight, accuracy: accuracy(w, () => true) })),
    crossValidated: right / Math.max(total, 1),
  };
}
