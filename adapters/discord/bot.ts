import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAddSetup } from '../common/addFromChat.ts';
import type { LiveEngine } from '../common/liveEngine.ts';
import { createDiscordClient } from './client.ts';
import { explainLoginError } from './errors.ts';
import { describeError } from '../common/describeError.ts';
import { guardHandler } from './guard.ts';
import { createInteractionHandler, interactionRecovery } from './handleInteraction.ts';
import { createMessageHandler, messageRecovery } from './handleMessage.ts';
import { createInFlight } from './inFlight.ts';
import { createMemoryContextStore } from '../common/contextStore.ts';
import { createFeedbackLog, type FeedbackLog } from '../common/feedback.ts';
import { ASK_CONTEXT_MS } from './conversation.ts';

/** What {@link createDiscordBot} needs; `apiUrl` and `drainTimeoutMs` have defaults. */
export interface DiscordBotOptions {
  /** Asked per question, so a hot reload takes effect at once. */
  live: LiveEngine;
  logger: Logger;
  /** The per-user limit; `allow(user)` is false when they asked too often. */
  limiter: { allow(user: string): boolean };
  /** Where `/add-article` writes (the watched knowledge folder) and its fetch limits; unset, the command is refused. */
  articles?: ChatAddSetup;
  /** REST base URL without the version (default Discord's, `https://discord.com/api`). */
  apiUrl?: string;
  /** Longest wait for answers in flight when stopping, in ms (default 5000). */
  drainTimeoutMs?: number;
  /** Ask for the privileged Message Content intent (default false; `DISCORD_MESSAGE_CONTENT`). */
  messageContent?: boolean;
  /** Where 👍/👎 clicks go (default a log on `feedback.jsonl`, shared with the Slack bot). */
  feedback?: FeedbackLog;
  /**
   * `/ask` interactions older than this are deferred before answering, in ms (default 1500:
   * half of Discord's 3 s, leaving room for the answer and for clock skew).
   */
  deferAfterMs?: number;
}

/** A Discord bot: `start` logs in and waits until ready, `stop` drains and disconnects. */
export interface DiscordBot {
  readonly client: Client;
  start(token: string): Promise<void>;
  /** Stops taking questions, lets answers in flight finish (bounded) and destroys the client. */
  stop(): Promise<void>;
}

const defaults = { apiUrl: 'https://discord.com/api', drainTimeoutMs: 5000, deferAfterMs: 1500, messageContent: false };

/** Builds the discord.js client and wires `/ask`, `/sources`, `/add-article`, mentions and DMs, each handler guarded once. */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { live, logger, limiter, articles, apiUrl, drainTimeoutMs, deferAfterMs, messageContent } = { ...defaults, ...options };
  const client = createDiscordClient({ apiUrl, messageContent });
  const inFlight = createInFlight();
  let accepting = true;
  let stopping: Promise<void> | undefined;
  const guard = { logger, inFlight, isAccepting: () => accepting };
  const deps = {
    live,
    logger,
    limiter,
    articles,
    conversations: createMemoryContextStore(),
    askContexts: createMemoryContextStore({ ttlMs: ASK_CONTEXT_MS }),
    feedback: options.feedback ?? createFeedbackLog('feedback.jsonl'),
  };

  client.on(Events.InteractionCreate, guardHandler(guard, 'interaction', createInteractionHandler(deps, { deferAfterMs }), interactionRecovery));
  client.on(Events.MessageCreate, guardHandler(guard, 'message', createMessageHandler(deps), messageRecovery));
  client.on(Events.Error, (error) => logger.error({ event: 'discord-error', error: describeError(error) }, 'discord.js reported an error'));
  client.on(Events.Warn, (warning) => logger.warn({ event: 'discord-warning' }, warning));
  client.on(Events.ShardDisconnect, (_, shard) => logger.warn({ event: 'shard-disconnected', shard }, 'gateway connection closed for good'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ event: 'shard-reconnecting', shard }, 'reconnecting to the gateway'));
  if (logger.isLevelEnabled('trace')) client.on(Events.Debug, (line) => logger.trace({ event: 'discord-debug' }, line));

  async function start(token: string): Promise<void> {
    const abort = new AbortController();
    const ready = once(client, Events.ClientReady, { signal: abort.signal });
    ready.catch(() => undefined);
    try {
      await client.login(token);
      await ready;
    } catch (error) {
      throw explainLoginError(error, apiUrl);
    } finally {
      abort.abort();
    }
    logger.info({ event: 'ready', user: client.user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.map((shard) => shard.id) }, 'Discord bot ready');
  }

  async function drainAndDestroy(): Promise<void> {
    accepting = false;
    logger.info({ event: 'stopping', inFlight: inFlight.size }, 'stopping: no new questions; finishing answers in flight');
    if (!(await inFlight.drain(drainTimeoutMs))) logger.warn({ event: 'drain-timeout', inFlight: inFlight.size, drainTimeoutMs }, 'gave up waiting for answers in flight');
    await client.destroy();
    logger.info({ event: 'stopped' }, 'Discord client destroyed');
  }

  return {
    client,
    start,
    stop: () => (stopping ??= drainAndDestroy()),
  };
}
