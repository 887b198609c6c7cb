import { ANSWER_WEIGHTS, weightGroup } from './answerWeights.ts';
import { answerCandidates } from './candidates.ts';
import type { ReadSentence } from './chunks.ts';
import type { QuestionType } from './questionType.ts';

/** A short answer and how well the sentence offers what was asked (0..1). */
export interface ExtractedAnswer {
  text: string;
  /** 1 when the sentence holds a new piece of the asked kind (a name for "wer"), 0 when it holds nothing new. */
  fit: number;
}

/**
 * Cuts the short answer out of a sentence: of the pieces `answerCandidates` offers, the one
 * whose measurements weigh most for this kind of question. Returns the sentence when
 * nothing fits. `isAsked` tells whether a word's index key is one the question asked about.
 */
export function extractAnswer(sentence: ReadSentence, type: QuestionType, isAsked: (key: string) => boolean, focus?: string): ExtractedAnswer {
  const weights = ANSWER_WEIGHTS[weightGroup(type)];
  let best: { text: string; fit: number; score: number } | undefined;
  for (const candidate of answerCandidates(sentence, type, isAsked, focus)) {
    let score = 0;
    candidate.features.forEach((value, i) => (score += value * weights[i]!));
    if (!best || score > best.score) best = { text: candidate.text, fit: candidate.fit, score };
  }
  return best ? { text: best.text, fit: best.fit } : { text: sentence.text, fit: 0 };
}
