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

/** Heap plus buffers in use after a full collection (needs node --expose-gc for precision). */
function usedMemory(): number {
  globalThis.gc?.();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external + arrayBuffers;
}

/** Builds once, then asks each question once after a short warm-up; the index stays alive until measured. */
export function measure(corpus: string, retriever: Retriever, questions: readonly string[]): BenchRow {
  const before = usedMemory();
  const started = performance.now();
  const ask = retriever.build();
  const buildMs = performance.now() - started;
  const memoryMb = (usedMemory() - before) / 2 ** 20;
  // Steady state is what a running bot sees: warm the JIT on the first 100 questions first.
  for (const question of questions.slice(0, 100)) ask(question);
  const times = questions.map((question) => {
    const at = performance.now();
    ask(question);
    return performance.now() - at;
  });
  return { corpus, retriever: retriever.name, buildMs, memoryMb, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), questions: questions.length };
}
