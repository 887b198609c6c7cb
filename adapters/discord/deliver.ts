import { setTimeout as sleep } from 'node:timers/promises';

/** How long Discord waits for an interaction's first response (3 s), less room for the trip. */
export const INITIAL_RESPONSE_MS = 2500;
/** How long an interaction token takes edits and follow-ups (15 min), less a minute of room. */
export const INTERACTION_TOKEN_MS = 14 * 60_000;
/** How long a reply to a message is still worth sending after a platform outage. */
export const MESSAGE_REPLY_MS = 5 * 60_000;

/** When an interaction's first response and its later edits are due (`Date.now()` values), by Discord's deadlines. */
export function deadlinesOf(interaction: { createdTimestamp: number }): { respondBy: number; editBy: number } {
  return { respondBy: interaction.createdTimestamp + INITIAL_RESPONSE_MS, editBy: interaction.createdTimestamp + INTERACTION_TOKEN_MS };
}

/** The first response to an interaction, tried again on 429 or 5xx within Discord's 3 s. */
export function replyBy<Options>(interaction: { createdTimestamp: number; reply(options: Options): Promise<unknown> }, options: Options): Promise<unknown> {
  return deliverBy(deadlinesOf(interaction).respondBy, () => interaction.reply(options));
}

/** Backoff between attempts: the first wait, doubled each time up to the last (ms). */
export const DELIVERY_BACKOFF = { firstMs: 250, maxMs: 5000 };

/**
 * True for a failure worth trying again: Discord answered 429 or 5xx (discord.js has already
 * retried a 5xx three times at once, and waited out a 429 itself), or the request did not
 * get through at all (connection refused or reset, timeout).
 */
export function isRetryable(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return status === 429 || status >= 500;
  const code = String((error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '');
  return /^(ECONN\w+|ETIMEDOUT|EPIPE|UND_ERR_\w+)$/.test(code) || (error as Error | null)?.name === 'AbortError';
}

/**
 * Runs `send` until it succeeds, a failure is not {@link isRetryable}, or the next attempt
 * would start after `deadline` (a `Date.now()` value); then throws the last error.
 */
export async function deliverBy<T>(deadline: number, send: () => Promise<T>, backoff = DELIVERY_BACKOFF): Promise<T> {
  for (let wait = backoff.firstMs; ; wait = Math.min(backoff.maxMs, wait * 2)) {
    try {
      return await send();
    } catch (error) {
      if (!isRetryable(error) || Date.now() + wait > deadline) throw error;
      await sleep(wait);
    }
  }
}
