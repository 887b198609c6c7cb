import type { Logger } from 'pino';
import { describeError } from '../common/describeError.ts';
import type { InFlight } from './inFlight.ts';

/** How a guarded handler recovers from an error in it. */
export interface Recovery<Event> {
  /** Ids that place the event in the log (interaction, user, guild, channel); never message text. */
  context(event: Event): Record<string, unknown>;
  /** Tells the user, briefly, that something went wrong. */
  apologise(event: Event): Promise<unknown>;
}

/** What every guarded handler shares. */
export interface GuardOptions {
  logger: Logger;
  inFlight: InFlight;
  /** False once the bot is stopping: new events are then ignored. */
  isAccepting: () => boolean;
}

/**
 * Wraps an event handler once: each run is tracked for shutdown, and an error in it is
 * logged with the event's context, answered with the handler's apology and goes no
 * further, so the process keeps running. Events that arrive while stopping are ignored.
 */
export function guardHandler<Event>(
  { logger, inFlight, isAccepting }: GuardOptions,
  name: string,
  handle: (event: Event) => Promise<unknown>,
  recovery: Recovery<Event>,
): (event: Event) => void {
  async function run(event: Event): Promise<void> {
    try {
      await handle(event);
    } catch (error) {
      const context = contextOf(recovery, event);
      logger.error({ event: 'handler-error', handler: name, ...context, error: describeError(error) }, `${name} handler failed; apologising to the user`);
      try {
        await recovery.apologise(event);
      } catch (apologyError) {
        logger.warn({ event: 'apology-failed', handler: name, ...context, error: describeError(apologyError) }, 'could not apologise to the user');
      }
    }
  }
  return (event) => {
    if (!isAccepting()) {
      logger.debug({ event: 'ignored-while-stopping', handler: name }, 'stopping; event ignored');
      return;
    }
    inFlight.track(run(event));
  };
}

function contextOf<Event>(recovery: Recovery<Event>, event: Event): Record<string, unknown> {
  try {
    return recovery.context(event);
  } catch {
    return {};
  }
}
