import type { Feature } from './features.ts';
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

/** A logistic model ready to score candidates: its features paired with their weights once. */
export type Scorer = (reading: Reading, candidate: Candidate) => number;

/** Pairs each feature with its weight (features weighing 0 are left out) and returns P(yes) for a candidate. */
export function compileScorer(weights: Weights, features: Record<string, Feature>): Scorer {
  const terms = Object.entries(features)
    .map(([name, feature]) => [feature, weights[name] ?? 0] as const)
    .filter(([, weight]) => weight !== 0);
  return (reading, candidate) => {
    let sum = 0;
    for (const [feature, weight] of terms) sum += weight * feature(reading, candidate);
    return 1 / (1 + Math.exp(-sum));
  };
}
