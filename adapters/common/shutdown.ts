import type { Logger } from 'pino';
import { describeError } from './describeError.ts';

/** Options for {@link installShutdown}. */
export interface ShutdownOptions {
  logger: Logger;
  /** Longest time `stop` may take before the process exits with code 1 anyway (default 10 000 ms). */
  timeoutMs?: number;
}

/**
 * Runs `stop` once on the first SIGINT or SIGTERM (or when the returned function is
 * called, with the exit code to end with, default 0), then exits with that code, or 1 when
 * `stop` fails or overruns. Later signals are
 * logged and ignored: stopping is bounded anyway. For entry files only.
 */
export function installShutdown(stop: () => Promise<void>, { logger, timeoutMs = 10_000 }: ShutdownOptions): (reason: string, exitCode?: number) => void {
  let stopping = false;
  const shutdown = (reason: string, exitCode = 0) => {
    if (stopping) {
      logger.info({ event: 'shutdown-repeated', reason }, 'already shutting down');
      return;
    }
    stopping = true;
    logger.info({ event: 'shutdown', reason }, `${reason}: shutting down`);
    setTimeout(() => {
      logger.error({ event: 'shutdown-timeout', timeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, timeoutMs).unref();
    stop().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        logger.error({ event: 'shutdown-failed', error: describeError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return shutdown;
}
