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

/** How many questions a progress line waits between updates. */
const PROGRESS_EVERY = 25;

/**
 * Builds once, then asks each question once after a short warm-up; the index stays alive
 * until measured. Memory is what the built index holds: never below 0, since a collection
 * during the build can free garbage left from before it.
 */
export function measure(
  corpus: string,
  retriever: Retriever,
  questions: readonly string[],
  progress: (text: string, transient?: boolean) => void = () => {},
): BenchRow {
  progress(`${corpus}: building ${retriever.name}`);
  const before = usedMemory();
  const started = performance.now();
  const ask = retriever.build();
  const buildMs = performance.now() - started;
  const memoryMb = Math.max(0, usedMemory() - before) / 2 ** 20;
  // Steady state is what a running bot sees: warm the JIT on the first 100 questions first.
  progress(`${corpus}: asking ${retriever.name} ${questions.length} questions`);
  for (const question of questions.slice(0, 100)) ask(question);
  const times = questions.map((question, i) => {
    if (i % PROGRESS_EVERY === 0) progress(`${corpus}: ${retriever.name}, question ${i + 1} of ${questions.length}`, true);
    const at = performance.now();
    ask(question);
    return performance.now() - at;
  });
  return { corpus, retriever: retriever.name, buildMs, memoryMb, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), questions: questions.length };
}
