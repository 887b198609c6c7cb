import type { QuestionType } from './questionType.ts';

/** Question types that share answer weights. */
export type WeightGroup = 'shaped' | 'named' | 'open';

/** Amounts and dates are "shaped", names and places "named", everything else "open". */
export function weightGroup(type: QuestionType): WeightGroup {
  if (type === 'amount' || type === 'time') return 'shaped';
  if (type === 'person' || type === 'place' || type === 'name' || type === 'which') return 'named';
  return 'open';
}

/**
 * How much each of `FEATURES` (in `candidates.ts`) counts when picking the short answer.
 * The hand-set start: fit + closeness − 1.5 × repeated − 0.04 × excess length + 0.5 for an
 * amount in the asked unit or a narrower kind of the asked noun.
 */
export const ANSWER_WEIGHTS: Record<WeightGroup, number[]> = {
  shaped: [1, 1, -1.5, -0.04, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  named: [1, 1, -1.5, -0.04, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  open: [1, 1, -1.5, -0.04, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};
