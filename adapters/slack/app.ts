import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { LiveEngine } from '../common/liveEngine.ts';
import { createRateLimiter } from '../common/rateLimiter.ts';
import { ACTION_IDS, SUGGESTION_ACTION } from './actions.ts';
import { createBoltLogger } from './boltLogger.ts';
import { createFeedbackLog, type FeedbackLog } from '../common/feedback.ts';
import { dropDuplicateDeliveries } from './dedup.ts';
import { createHandlerGuard } from './guard.ts';
import { addArticleCommand, type SlackAddSetup } from './handlers/addArticleCommand.ts';
import { askCommand, notifyCommand } from './handlers/askCommand.ts';
import { feedbackHandler, notifyButton, shareHandler, suggestionHandler } from './handlers/buttons.ts';
import { directMessageHandler, mentionHandler, notifyConversation, threadFollowUpHandler } from './handlers/conversation.ts';
import { createMemoryContextStore } from '../common/contextStore.ts';
import { createSlackHttpServer, DEFAULT_HTTP_LIMITS, type SlackHttpLimits, type SlackHttpServer } from './httpServer.ts';
import type { SlackDeps } from './question.ts';
import { explainStartError } from './startError.ts';

/** Everything the Slack bot needs; `main.ts` fills it from the environment. */
export interface SlackBotOptions {
  live: LiveEngine;
  logger: Logger;
  /** Bot User OAuth Token, `xoxb-…`. */
  botToken: string;
  /** App-Level Token, `xapp-…`: when set, Socket Mode; else HTTP. */
  appToken?: string;
  /** Signing Secret; required over HTTP. */
  signingSecret?: string;
  /** HTTP port (default 3000; 0 picks a free one). */
  port?: number;
  /** HTTP interface to listen on (default `0.0.0.0`, every IPv4 interface). */
  host?: string;
  /** Limits on requests before their signature is checked (see {@link SlackHttpLimits} for the defaults). */
  httpLimits?: Partial<SlackHttpLimits>;
  /** Web API base URL (default Slack's, `https://slack.com/api/`). */
  apiUrl?: string;
  /** Questions per user and window (default 5 per 30 s). */
  rateLimit?: { count: number; windowSeconds: number };
  /** Where 👍/👎 clicks go (default a log on `feedback.jsonl`). */
  feedback?: FeedbackLog;
  /** Longest wait for running answers when stopping, in ms (default 5000). */
  drainMs?: number;
  /** Hours a thread the bot answered in takes follow-ups without a mention (default 24). */
  threadFollowUpHours?: number;
  /** Who may `/add-article` and where it writes; unset, the command is refused. */
  articles?: SlackAddSetup;
}

/** A Slack bot that can be started and stopped once. */
export interface SlackBot {
  /** Checks the bot token (`auth.test`), then listens over HTTP or connects in Socket Mode. */
  start(): Promise<{ mode: 'http' | 'socket'; port?: number }>;
  /** Stops taking questions, lets running answers finish (bounded by `drainMs`), then stops the receiver. */
  stop(): Promise<void>;
  /** Resolves once no handler is running (tests use it to know an event was fully handled). */
  idle(): Promise<void>;
  /** The Bolt app, for anything the options do not cover. */
  readonly app: App;
}

const defaults = { port: 3000, host: '0.0.0.0', rateLimit: { count: 5, windowSeconds: 30 }, drainMs: 5000, threadFollowUpHours: 24 };

/** How long a user's `/ask` questions in a channel stay the context of the next one: a follow-up comes soon or not at all. */
const COMMAND_CONTEXT_MS = 10 * 60_000;

/** Builds the Bolt app with every handler wrapped once; nothing talks to Slack until `start()`. */
export function createSlackBot(options: SlackBotOptions): SlackBot {
  const { live, logger, botToken, appToken, signingSecret, apiUrl } = options;
  const { port, host, rateLimit, drainMs, threadFollowUpHours } = { ...defaults, ...withoutUndefined(options) };
  const mode = appToken ? 'socket' : 'http';
  const boltLogger = createBoltLogger(logger);
  // A failed Web API call is retried twice within about two seconds, not for Bolt's default half hour.
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: { retries: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 10_000,
    ...(apiUrl ? { slackApiUrl: withSlash(apiUrl) } : {}),
  };
  // Over HTTP the bot runs its own server in front of Bolt's receiver (see httpServer.ts).
  const receiver =
    mode === 'http'
      ? new HTTPReceiver({
          signingSecret: signingSecret ?? '',
          logger: boltLogger,
          bodyLimit: options.httpLimits?.maxBodyBytes ?? DEFAULT_HTTP_LIMITS.maxBodyBytes,
        })
      : undefined;
  const http: SlackHttpServer | undefined = receiver
    ? createSlackHttpServer({
        listener: receiver.requestListener,
        signingSecret: signingSecret ?? '',
        articles: () => live.current().articles.length,
        logger,
        ...(options.httpLimits ? { limits: options.httpLimits } : {}),
      })
    : undefined;
  const app = new App({
    token: botToken,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in start(), so a wrong token is a clear start-up error, not an unhandled rejection.
    deferInitialization: true,
    ...(receiver
      ? { receiver }
      : // Socket Mode keeps its own patient retries for apps.connections.open, so it reconnects after an outage.
        { socketMode: true, appToken, installerOptions: { clientOptions: { ...clientOptions, retryConfig: undefined } } }),
  });
  app.use(dropDuplicateDeliveries(logger));

  const deps: SlackDeps = {
    live,
    logger,
    limiter: createRateLimiter({ limit: rateLimit.count, windowMs: rateLimit.windowSeconds * 1000 }),
    rateLimit,
    feedback: options.feedback ?? createFeedbackLog('feedback.jsonl'),
    threads: createMemoryContextStore({ ttlMs: threadFollowUpHours * 3600_000 }),
    commands: createMemoryContextStore({ ttlMs: COMMAND_CONTEXT_MS }),
  };
  const guard = createHandlerGuard(logger);
  app.command('/ask', guard.wrap('ask', askCommand(deps), notifyCommand));
  app.command('/add-article', guard.wrap('add-article', addArticleCommand(options.articles, logger), notifyCommand));
  app.event('app_mention', guard.wrap('mention', mentionHandler(deps), notifyConversation));
  app.message(guard.wrap('direct-message', directMessageHandler(deps), notifyConversation));
  app.message(guard.wrap('thread-follow-up', threadFollowUpHandler(deps), notifyConversation));
  app.action(ACTION_IDS.share, guard.wrap('share', shareHandler(deps), notifyButton));
  app.action(ACTION_IDS.helpful, guard.wrap('feedback', feedbackHandler(deps, 'up'), notifyButton));
  app.action(ACTION_IDS.unhelpful, guard.wrap('feedback', feedbackHandler(deps, 'down'), notifyButton));
  app.action(SUGGESTION_ACTION, guard.wrap('suggestion', suggestionHandler(deps), notifyButton));
  app.error(async (error) => {
    logger.error({ event: 'bolt-error', err: error }, 'Bolt reported an error');
  });

  let started = false;
  return {
    app,
    idle: () => guard.idle(),
    async start() {
      await app.init().catch((error: unknown) => {
        throw explainStartError(error, { token: 'SLACK_BOT_TOKEN', port, apiUrl });
      });
      try {
        if (!http) {
          await app.start();
          started = true;
          return { mode };
        }
        const listening = await http.listen(port, host);
        started = true;
        return { mode, port: listening };
      } catch (error) {
        throw explainStartError(error, { token: 'SLACK_APP_TOKEN', port, apiUrl });
      }
    },
    async stop() {
      http?.drain();
      const unfinished = await guard.close(drainMs);
      if (unfinished > 0) logger.warn({ event: 'shutdown-unfinished', handlers: unfinished }, 'stopping with answers still running');
      if (started) await (http ? http.close() : app.stop());
      started = false;
    },
  };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
