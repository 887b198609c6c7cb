import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import type { Article, Knowledge } from '../../src/types.ts';
import { articleId } from '../../src/knowledge/articleId.ts';
import { loadKnowledge, loadReaders, warnSkipped } from './loadKnowledge.ts';
import type { LiveEngine } from './liveEngine.ts';

/** Options for {@link watchKnowledge}. */
export interface WatchOptions {
  dir: string;
  live: LiveEngine;
  logger: Logger;
  engineOptions?: Partial<EngineOptions>;
  /** What the live engine was built from, so a file that breaks later keeps its last good version (default: none known). */
  initial?: Knowledge;
  /** Quiet time after the last change before reloading, in ms (default 300). */
  debounceMs?: number;
  /**
   * How often the folder itself is checked, in ms (default 1000): a folder deleted and made
   * again is a new one, which `fs.watch` does not follow, so it is watched anew.
   */
  folderCheckMs?: number;
  /** Called after each reload attempt (tests wait on it); `skipped` names files left at their last good version or out. */
  onReload?: (result: { ok: boolean; articles: number; error?: string; skipped?: string[] }) => void;
}

/**
 * Watches the knowledge folder and swaps in a new engine, built whole, after files are
 * added, changed or removed. A broken file is refused alone: it keeps its last good version
 * (or stays out) and is logged, every other file is live. A folder that is gone keeps the
 * previous knowledge and is logged; once it is back it is watched and read again.
 * Returns a function that stops watching.
 */
export function watchKnowledge({ dir, live, logger, engineOptions, initial, debounceMs = 300, folderCheckMs = 1000, onReload }: WatchOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  let lastGood = new Map<string, Article>((initial?.articles ?? []).map((article) => [article.id, article]));
  const reload = async () => {
    const refused: string[] = [];
    try {
      const knowledge = await loadKnowledge(dir, {
        onBadFile(name, error) {
          refused.push(name);
          const previous = lastGood.get(articleId(name));
          logger.warn(
            { event: 'knowledge-file-refused', file: name, reason: error.message, kept: previous !== undefined },
            previous ? 'refused a broken file; its last good version stays' : 'refused a broken file; left out',
          );
          return previous;
        },
      });
      live.replace(createEngine(knowledge, engineOptions));
      warnSkipped(logger, knowledge);
      lastGood = new Map(knowledge.articles.map((article) => [article.id, article]));
      logger.info({ event: 'knowledge-reloaded', articles: knowledge.articles.length, refused: refused.length }, 'knowledge reloaded');
      onReload?.({ ok: true, articles: knowledge.articles.length, ...(refused.length > 0 ? { skipped: refused } : {}) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ event: 'knowledge-reload-failed', reason }, 'knowledge reload failed; keeping the previous articles');
      onReload?.({ ok: false, articles: live.current().articles.length, error: reason });
    }
  };
  loadReaders().catch((error: unknown) =>
    logger.warn({ event: 'knowledge-readers-failed', reason: String(error) }, 'cannot load the Markdown and HTML readers'),
  );
  const schedule = () => {
    clearTimeout(timer);
    // Reloads run one after another, so an older, slower reload never overwrites a newer one.
    timer = setTimeout(() => {
      running = running.then(reload);
    }, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  let folder = folderId(dir);
  const startWatching = () => {
    try {
      watcher = watch(dir, schedule);
      watcher.on('error', (error) => logger.warn({ event: 'knowledge-watch-error', reason: error.message }, 'cannot watch the knowledge folder'));
    } catch (error) {
      watcher = undefined;
      logger.warn({ event: 'knowledge-watch-error', reason: (error as Error).message }, 'cannot watch the knowledge folder');
    }
  };
  startWatching();
  const check = setInterval(() => {
    const now = folderId(dir);
    if (now === folder) return;
    folder = now;
    watcher?.close();
    watcher = undefined;
    if (now === undefined) {
      logger.warn({ event: 'knowledge-folder-missing', dir }, 'the knowledge folder is gone; keeping the previous articles until it is back');
      return;
    }
    logger.info({ event: 'knowledge-folder-back', dir }, 'the knowledge folder is back; watching it again');
    startWatching();
    schedule();
  }, folderCheckMs);
  check.unref();
  return () => {
    clearTimeout(timer);
    clearInterval(check);
    watcher?.close();
  };
}

/**
 * The folder's device, inode and birth time, which change when it is deleted and made again
 * (the birth time too, as a new folder may get the old inode number); undefined when it is gone.
 */
function folderId(dir: string): string | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}:${stats.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
