import type { Feature } from './features.ts';
import type { ReplyLanguage } from '../types.ts';
import type { Candidate, Reading } from './reading.ts';

/** Weights of a logistic model, one per feature name; a missing name weighs 0. */
export type Weights = Readonly<Record<string, number>>;

/** The fitted decisions: which sentence, whether to answer, and whether to lead with a short answer. */
export interface DecisionModel {
  /** P(the sentence holds the answer), over `SENTENCE_FEATURES`. */
  sentence: Weights;
  /** How the short answer is picked among a sentence's pieces: weights over `PIECE_MEASURES` (the highest sum is picked). */
  piece: Weights;
  /** P(the short answer cut from it is right, given that the sentence holds the answer), over `SPAN_FEATURES`. */
  span: Weights;
  thresholds: {
    /** Lowest sentence probability answered, per language of the question (each fitted to its own questions). */
    answer: Record<ReplyLanguage, number>;
    /** Lowest sentence probability for which the closest passages are offered; below it, "the article does not say". */
    unsure: number;
    /** Lowest P(sentence) · P(span | sentence) for which the short answer leads. */
    span: number;
  };
}

/** A logistic model ready to score candidates: its features paired with their weights once. */
export type Scorer = (reading: Reading, candidate: Candidate) => number;

/**
 * Pairs each feature with its weight (features weighing 0 are left out) and returns P(yes)
 * for a candidate. A feature that takes only the reading (one parameter or none) reads the
 * question, not the candidate: its share is summed once per reading and reused for the
 * reading's other candidates.
 */
export function compileScorer(weights: Weights, features: Record<string, Feature>): Scorer {
  const terms = Object.entries(features)
    .map(([name, feature]) => [feature, weights[name] ?? 0] as const)
    .filter(([, weight]) => weight !== 0);
  const perQuestion = terms.filter(([feature]) => feature.length < 2);
  const perCandidate = terms.filter(([feature]) => feature.length >= 2);
  let lastReading: Reading | undefined;
  let questionSum = 0;
  return (reading, candidate) => {
    if (reading !== lastReading) {
      lastReading = reading;
      questionSum = 0;
      for (const [feature, weight] of perQuestion) questionSum += weight * feature(reading, candidate);
    }
    let sum = questionSum;
    for (const [feature, weight] of perCandidate) sum += weight * feature(reading, candidate);
    return 1 / (1 + Math.exp(-sum));
  };
}
