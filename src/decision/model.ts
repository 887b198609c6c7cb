import { measure, type Feature } from './features.ts';
import type { Candidate, Reading } from './reading.ts';

/** Weights of a logistic model, one per feature name; a missing name weighs 0. */
export type Weights = Readonly<Record<string, number>>;

/** The fitted decisions: which sentence, whether to answer, and whether to lead with a short answer. */
export interface DecisionModel {
  /** P(the sentence holds the answer), over `SENTENCE_FEATURES`. */
  sentence: Weights;
  /** P(the short answer cut from it is right, given that the sentence holds the answer), over `SPAN_FEATURES`. */
  span: Weights;
  thresholds: {
    /** Lowest sentence probability answered. */
    answer: number;
    /** Lowest sentence probability for which the closest passages are offered; below it, "the article does not say". */
    unsure: number;
    /** Lowest P(sentence) · P(span | sentence) for which the short answer leads. */
    span: number;
  };
}

/** The logistic model's probability for a candidate. */
export function probability(weights: Weights, features: Record<string, Feature>, reading: Reading, candidate: Candidate): number {
  const values = measure(features, reading, candidate);
  let sum = 0;
  Object.keys(features).forEach((name, i) => {
    sum += (weights[name] ?? 0) * values[i]!;
  });
  return 1 / (1 + Math.exp(-sum));
}
