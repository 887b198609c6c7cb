import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { createRecentIds } from '../common/recentIds.ts';

/**
 * How long a delivery's id is remembered, in ms: Slack refuses request timestamps older than
 * 5 minutes and this bot those more than 5 minutes ahead, so a replay of a signed request is
 * accepted only within 10 minutes of its first delivery. Event retries come within minutes too.
 */
export const DELIVERY_WINDOW_MS = 10 * 60_000;

/** Most delivery ids remembered at once (about 100 bytes each): 10 minutes at over 150 a second. */
export const MAX_DELIVERY_IDS = 100_000;

/**
 * The id that stays the same when Slack delivers one thing twice: `event_id` for Events API
 * callbacks (retries carry the same one), `trigger_id` for slash commands and interactions (a
 * replayed request carries the same one). Undefined for anything else.
 */
export function deliveryId(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { event_id: eventId, trigger_id: triggerId } = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof eventId === 'string' && eventId !== '') return `event:${eventId}`;
  if (typeof triggerId === 'string' && triggerId !== '') return `trigger:${triggerId}`;
  return undefined;
}

/**
 * A global Bolt middleware that acknowledges a delivery seen before (a retry or a replay) and
 * goes no further, so every event, command and click is answered once.
 */
export function dropDuplicateDeliveries(logger: Logger, windowMs = DELIVERY_WINDOW_MS): Middleware<AnyMiddlewareArgs> {
  const recent = createRecentIds({ windowMs, maxIds: MAX_DELIVERY_IDS });
  return async (args) => {
    const id = deliveryId(args.body);
    if (id === undefined || !recent.seenBefore(id)) {
      await args.next();
      return;
    }
    logger.info({ event: 'duplicate-delivery', id }, 'Slack delivered this again (a retry or a replay); acknowledged, not answered again');
    const { ack } = args as { ack?: () => Promise<void> };
    if (ack) await ack();
  };
}
