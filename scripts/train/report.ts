import type { Answer } from '../../src/types.ts';
import type { Example } from './collect.ts';
import { judge } from './fit.ts';

/** What the user reads first, over a set of questions. */
export interface ReadsFirst {
  questions: number;
  right: number;
  wrong: number;
  declined: number;
  /** Share of answered replies that lead with a short answer. */
  spanShare: number;
  /** Share of short answers that are right. */
  spanPrecision: number;
}

/** Counts right / wrong / declined by what each reply leads with. */
export function readsFirst(replies: ReadonlyMap<Example, Answer | null>, keep: (example: Example) => boolean): ReadsFirst {
  const chosen = [...replies].filter(([example]) => keep(example));
  const counts = { right: 0, wrong: 0, declined: 0 };
  let answered = 0;
  let spans = 0;
  let rightSpans = 0;
  for (const [example, reply] of chosen) {
    const outcome = judge(reply, example);
    counts[outcome]++;
    if (reply?.answered) {
      answered++;
      if (reply.span) {
        spans++;
        if (outcome === 'right') rightSpans++;
      }
    }
  }
  const n = Math.max(chosen.length, 1);
  return {
    questions: chosen.length,
    right: counts.right / n,
    wrong: counts.wrong / n,
    declined: counts.declined / n,
    spanShare: spans / Math.max(answered, 1),
    spanPrecision: spans === 0 ? 0 : rightSpans / spans,
  };
}
