import { watch } from 'node:fs';
import type { Logger } from 'pino';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import { loadKnowledge, loadReaders, warnSkipped } from './loadKnowledge.ts';
import type { LiveEngine } from './liveEngine.ts';

/** Options for {@link watchKnowledge}. */
export interface WatchOptions {
  dir: string;
  live: LiveEngine;
  logger: Logger;
  engineOptions?: Partial<EngineOptions>;
  /** Quiet time after the last change before reloading, in ms (default 300). */
  debounceMs?: number;
  /** Called after each reload attempt (tests wait on it). */
  onReload?: (result: { ok: boolean; articles: number; error?: string }) => void;
}

/**
 * Watches the knowledge folder and swaps in a new engine, built whole, after files are
 * added, changed or removed. A broken folder keeps the previous knowledge and logs why.
 * Returns a function that stops watching.
 */
export function watchKnowledge({ dir, live, logger, engineOptions, debounceMs = 300, onReload }: WatchOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const reload = async () => {
    try {
      const knowledge = await loadKnowledge(dir);
      live.replace(createEngine(knowledge, engineOptions));
      warnSkipped(logger, knowledge);
      logger.info({ event: 'knowledge-reloaded', articles: knowledge.articles.length }, 'knowledge reloaded');
      onReload?.({ ok: true, articles: knowledge.articles.length });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ event: 'knowledge-reload-failed', reason }, 'knowledge reload failed; keeping the previous articles');
      onReload?.({ ok: false, articles: live.current().articles.length, error: reason });
    }
  };
  loadReaders().catch((error: unknown) => logger.warn({ event: 'knowledge-readers-failed', reason: String(error) }, 'cannot load the Markdown and HTML readers'));
  const watcher = watch(dir, () => {
    clearTimeout(timer);
    // Reloads run one after another, so an older, slower reload never overwrites a newer one.
    timer = setTimeout(() => {
      running = running.then(reload);
    }, debounceMs);
  });
  watcher.on('error', (error) => logger.warn({ event: 'knowledge-watch-error', reason: error.message }, 'cannot watch the knowledge folder'));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
