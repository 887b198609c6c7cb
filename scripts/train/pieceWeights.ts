import { PIECE_MEASURES, type PieceMeasures } from '../../src/answer/extractAnswer.ts';
import type { Weights } from '../../src/decision/model.ts';
import { spanIsRight, type Example } from './collect.ts';

/**
 * The values tried for each piece weight. Shape is the scale the others are measured
 * against, so it stays 1; the rest range over what moves a pick.
 */
export const PIECE_WEIGHT_GRID: Record<keyof PieceMeasures, readonly number[]> = {
  shape: [1],
  closeness: [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3],
  repeated: [-3, -2, -1.5, -1, -0.5, 0],
  unit: [0, 0.25, 0.5, 0.75, 1],
  extraWords: [-0.2, -0.1, -0.04, 0],
  typed: [-0.5, -0.25, 0, 0.25, 0.5],
};
/** Where the search starts: shape and nearness alone. */
export const PIECE_START: Weights = { shape: 1, closeness: 1, repeated: 0, unit: 0, extraWords: 0, typed: 0 };
/** Passes of coordinate search over the weights. */
export const PIECE_PASSES = 3;

/**
 * Fits how the short answer is picked among a sentence's pieces: by coordinate search over a
 * grid, the weights under which the piece picked from a sentence that holds the answer is
 * most often right (the share of right picks is what the user sees; a likelihood fit picks worse).
 */
export function fitPieceWeights(examples: readonly Example[]): Weights {
  const sentences = pickableSentences(examples);
  const rightPicks = (weights: Weights) => countRightPicks(sentences, weights);
  let best = PIECE_START;
  let bestRight = rightPicks(best);
  for (let pass = 0; pass < PIECE_PASSES; pass++) {
    for (const name of PIECE_MEASURES) {
      for (const value of PIECE_WEIGHT_GRID[name]) {
        const candidate = { ...best, [name]: value };
        const right = rightPicks(candidate);
        if (right > bestRight) [best, bestRight] = [candidate, right];
      }
    }
  }
  return best;
}

/**
 * The share of sentences holding the answer whose picked piece is right, when each fold's
 * weights are fitted on the other folds' articles only.
 */
export function crossValidatedPickShare(examples: readonly Example[], foldOf: ReadonlyMap<string, number>, folds: number): number {
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const weights = fitPieceWeights(examples.filter((example) => foldOf.get(example.group) !== fold));
    const sentences = pickableSentences(examples.filter((example) => foldOf.get(example.group) === fold));
    right += countRightPicks(sentences, weights);
    total += sentences.length;
  }
  return right / Math.max(total, 1);
}

/** A sentence that holds the answer: its pieces' measures, and which pieces are right. */
interface PickableSentence {
  rows: number[][];
  right: boolean[];
}

function pickableSentences(examples: readonly Example[]): PickableSentence[] {
  const sentences: PickableSentence[] = [];
  for (const example of examples) {
    example.reading?.candidates.forEach((candidate, i) => {
      if (!example.sentenceRight[i] || candidate.options.length === 0) return;
      sentences.push({
        rows: candidate.options.map((option) => PIECE_MEASURES.map((name) => option.measures[name])),
        right: candidate.options.map((option) => spanIsRight(option.text(), example.golds)),
      });
    });
  }
  return sentences;
}

/** How many sentences' picked piece (the highest weighted sum of measures) is right. */
function countRightPicks(sentences: readonly PickableSentence[], weights: Weights): number {
  const w = PIECE_MEASURES.map((name) => weights[name] ?? 0);
  let right = 0;
  for (const { rows, right: isRight } of sentences) {
    let best = 0;
    let bestScore = -Infinity;
    rows.forEach((row, i) => {
      let score = 0;
      for (let j = 0; j < row.length; j++) score += row[j]! * w[j]!;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (isRight[best]) right++;
  }
  return right;
}
