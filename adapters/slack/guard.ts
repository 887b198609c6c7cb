import type { Logger } from 'pino';

/** What a wrapped handler tells the user instead of an answer. */
export type NoticeKey = 'apology' | 'restarting';

/** Sends the user a short notice in the handler's own place (ephemeral, thread or DM). */
export type Notify<Args> = (args: Args, key: NoticeKey) => Promise<unknown>;

/** Wraps every Bolt listener once and knows which are still running. */
export interface HandlerGuard {
  /**
   * The listener Bolt gets: acknowledges at once (when Bolt passes `ack`), runs the handler,
   * logs any error and sends the user a short apology; it never throws, so one failure
   * neither crashes the process nor reaches Bolt's error handler. While closing, it sends a
   * "restarting" notice instead of running the handler.
   */
  wrap<Args>(name: string, handler: (args: Args) => Promise<void>, notify: Notify<Args>): (args: Args) => Promise<void>;
  /** Stops taking new work and waits up to `timeoutMs` for running handlers; resolves with how many were still running. */
  close(timeoutMs: number): Promise<number>;
  /** Resolves once no handler is running. */
  idle(): Promise<void>;
}

/** A guard that logs through `logger`. */
export function createHandlerGuard(logger: Logger): HandlerGuard {
  const running = new Set<Promise<void>>();
  let closing = false;

  function wrap<Args>(name: string, handler: (args: Args) => Promise<void>, notify: Notify<Args>) {
    const guarded = async (args: Args) => {
      try {
        const { ack } = args as { ack?: () => Promise<void> };
        if (ack) {
          await ack();
          // Let requests already waiting be read and acked before this one's engine work holds
          // the event loop: acks are due within Slack's 3 s, answers may take longer.
          await new Promise((resolve) => setImmediate(resolve));
        }
        if (closing) await notify(args, 'restarting');
        else await handler(args);
      } catch (error) {
        logger.error({ event: 'handler-error', handler: name, err: error }, `the ${name} handler failed`);
        await notify(args, 'apology').catch((notifyError: unknown) => {
          logger.warn({ event: 'notice-failed', handler: name, err: notifyError }, 'could not send the apology');
        });
      }
    };
    return (args: Args) => {
      const run = guarded(args);
      running.add(run);
      return run.finally(() => running.delete(run));
    };
  }

  async function idle(): Promise<void> {
    while (running.size > 0) await Promise.allSettled([...running]);
  }

  async function close(timeoutMs: number): Promise<number> {
    closing = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([idle(), timeout]);
    clearTimeout(timer);
    return running.size;
  }

  return { wrap, close, idle };
}
