import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAddSetup } from '../common/addFromChat.ts';
import type { LiveEngine } from '../common/liveEngine.ts';
import { createDiscordClient } from './client.ts';
import { explainGatewayClose, explainLoginError } from './errors.ts';
import type { QaError } from '../../src/errors.ts';
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
  /**
   * Called once when Discord closes the gateway for good (4004, 4010–4014), after the bot
   * logged it: the process should stop with a non-zero exit, so a supervisor restarts it or
   * tells someone (default: nothing more). Before ready, `start` rejects with it instead.
   */
  onFatal?: (error: QaError) => void;
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
  const { live, logger, limiter, articles, apiUrl, drainTimeoutMs, deferAfterMs, messageContent, onFatal } = { ...defaults, ...options };
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
    isStopping: () => !accepting,
    conversations: createMemoryContextStore(),
    askContexts: createMemoryContextStore({ ttlMs: ASK_CONTEXT_MS }),
    feedback: options.feedback ?? createFeedbackLog('feedback.jsonl'),
  };

  client.on(Events.InteractionCreate, guardHandler(guard, 'interaction', createInteractionHandler(deps, { deferAfterMs }), interactionRecovery));
  client.on(Events.MessageCreate, guardHandler(guard, 'message', createMessageHandler(deps), messageRecovery));
  client.on(Events.Error, (error) => logger.error({ event: 'discord-error', error: describeError(error) }, 'discord.js reported an error'));
  client.on(Events.Warn, (warning) => logger.warn({ event: 'discord-warning' }, warning));
  let ready = false;
  let failStart: ((error: QaError) => void) | undefined;
  client.on(Events.ShardDisconnect, ({ code }, shard) => {
    const fatal = explainGatewayClose(code, shard);
    if (!fatal) {
      logger.warn({ event: 'shard-disconnected', shard, code }, 'gateway connection closed for good');
      return;
    }
    logger.fatal({ event: 'gateway-closed-fatal', shard, code }, fatal.message);
    if (ready) onFatal?.(fatal);
    else failStart?.(fatal);
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info({ event: 'shard-reconnecting', shard }, 'reconnecting to the gateway'));
  if (logger.isLevelEnabled('trace')) client.on(Events.Debug, (line) => logger.trace({ event: 'discord-debug' }, line));

  async function start(token: string): Promise<void> {
    const abort = new AbortController();
    const isReady = once(client, Events.ClientReady, { signal: abort.signal });
    isReady.catch(() => undefined);
    const closed = new Promise<never>((_, reject) => (failStart = reject));
    closed.catch(() => undefined);
    try {
      await Promise.race([client.login(token).then(() => isReady), closed]);
    } catch (error) {
      throw explainLoginError(error, apiUrl);
    } finally {
      abort.abort();
      failStart = undefined;
    }
    ready = true;
    logger.info(
      { event: 'ready', user: client.user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.map((shard) => shard.id) },
      'Discord bot ready',
    );
  }

  async function drainAndDestroy(): Promise<void> {
    accepting = false;
    logger.info({ event: 'stopping', inFlight: inFlight.size }, 'stopping: no new questions; finishing answers in flight');
    if (!(await inFlight.drain(drainTimeoutMs)))
      logger.warn({ event: 'drain-timeout', inFlight: inFlight.size, drainTimeoutMs }, 'gave up waiting for answers in flight');
    await client.destroy();
    logger.info({ event: 'stopped' }, 'Discord client destroyed');
  }

  return {
    client,
    start,
    stop: () => (stopping ??= drainAndDestroy()),
  };
}
