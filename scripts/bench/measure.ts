import { quantile } from '../eval/squad.ts';

/** Figures for one retriever on one corpus. */
export interface BenchRow {
  corpus: string;
  retriever: string;
  buildMs: number;
  memoryMb: number;
  p50Ms: number;
  p99Ms: number;
  questions: number;
}

/** Something that builds an index once and answers questions from it. */
export interface Retriever {
  name: string;
  build(): (question: string) => unknown;
}

/**
 * Heap plus memory outside it (typed arrays, buffers) in use after full collections (needs
 * node --expose-gc). `external` already includes `arrayBuffers`, so that is not added again.
 */
function usedMemory(): number {
  // A second collection frees what finalizers of the first let go.
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/**
 * How long each retriever is asked before it is timed, at least: V8 compiles a function with
 * its optimising tier only after many calls, and a bot that has run for a while runs that
 * code. A warm-up of 100 questions left the engine on the bundled article at about twice its
 * steady time (0.45 ms, then 0.24 ms on the same questions asked again, both through tsx).
 */
const WARM_UP_MS = 2000;

/** How many questions a progress line waits between updates. */
const PROGRESS_EVERY = 25;

/**
 * Builds once, then asks the `warmUp` questions in turn for {@link WARM_UP_MS} (`warmUpMs`),
 * and then each of `questions` once, timed; the index stays alive until measured. Warm-up
 * questions that are not the timed ones warm the JIT and what the engine keeps of the
 * articles (read sentences), but time no answer from what it remembers of the question
 * itself (spelling corrections). Memory is what the built index holds: never below 0, since
 * a collection during the build can free garbage left from before it.
 */
export function measure(
  corpus: string,
  retriever: Retriever,
  { questions, warmUp = questions, warmUpMs = WARM_UP_MS }: { questions: readonly string[]; warmUp?: readonly string[]; warmUpMs?: number },
  progress: (text: string, transient?: boolean) => void = () => {},
): BenchRow {
  progress(`${corpus}: building ${retriever.name}`);
  const before = usedMemory();
  const started = performance.now();
  const ask = retriever.build();
  const buildMs = performance.now() - started;
  const memoryMb = Math.max(0, usedMemory() - before) / 2 ** 20;
  progress(`${corpus}: warming ${retriever.name} up`);
  const warmFrom = performance.now();
  for (let i = 0; performance.now() - warmFrom < warmUpMs; i++) ask(warmUp[i % warmUp.length]!);
  progress(`${corpus}: asking ${retriever.name} ${questions.length} questions`);
  const times = questions.map((question, i) => {
    if (i % PROGRESS_EVERY === 0) progress(`${corpus}: ${retriever.name}, question ${i + 1} of ${questions.length}`, true);
    const at = performance.now();
    ask(question);
    return performance.now() - at;
  });
  return { corpus, retriever: retriever.name, buildMs, memoryMb, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), questions: questions.length };
}
