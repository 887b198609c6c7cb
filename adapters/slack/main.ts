import { createEngine } from '../../src/engine.ts';
import { QaError } from '../../src/errors.ts';
import { loadEnvFile } from '../common/config.ts';
import { createLiveEngine } from '../common/liveEngine.ts';
import { loadKnowledge, warnSkipped } from '../common/loadKnowledge.ts';
import { createLogger } from '../common/logger.ts';
import { installShutdown } from '../common/shutdown.ts';
import { watchKnowledge } from '../common/watchKnowledge.ts';
import { createSlackBot } from './app.ts';
import { readSlackConfig, slackMode } from './config.ts';
import { createFeedbackLog } from '../common/feedback.ts';

/**
 * Longest wait for running answers on SIGINT/SIGTERM, in ms: 8 s finishes a backlog of a few
 * hundred and still ends within the 10 s most supervisors give before SIGKILL (and
 * installShutdown's own bound).
 */
const DRAIN_MS = 8000;

/** Token and secret values, masked in anything this file writes itself. */
let secrets: string[] = [];

async function main(): Promise<void> {
  const config = readSlackConfig(process.env, loadEnvFile());
  secrets = [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET].filter((value): value is string => Boolean(value));
  const logger = createLogger({ level: config.LOG_LEVEL, secrets });
  const engineOptions = { maxQuestionLength: config.MAX_QUESTION_LENGTH };
  const knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
  warnSkipped(logger, knowledge);
  const live = createLiveEngine(createEngine(knowledge, engineOptions));
  const bot = createSlackBot({
    live,
    logger,
    botToken: config.SLACK_BOT_TOKEN,
    appToken: config.SLACK_APP_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    port: config.PORT,
    host: config.HOST,
    apiUrl: config.SLACK_API_URL,
    rateLimit: { count: config.RATE_LIMIT_COUNT, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
    feedback: createFeedbackLog(config.FEEDBACK_FILE),
    drainMs: DRAIN_MS,
    threadFollowUpHours: config.THREAD_FOLLOWUP_HOURS,
    articles: { dir: config.KNOWLEDGE_DIR, admins: config.ADMIN_USER_IDS, fetch: { allowPrivate: config.ALLOW_PRIVATE_URLS } },
  });
  // A stray rejection (say, a Socket Mode reconnect that failed) is logged; the bot keeps answering.
  process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandled-rejection', err: reason }, 'unhandled rejection'));
  // Signals are handled from before start-up ends, so a SIGTERM right after the "started" line still stops cleanly.
  let stopWatching = () => {};
  installShutdown(
    async () => {
      await bot.stop();
      stopWatching();
      logger.info({ event: 'stopped' }, 'Slack bot stopped');
    },
    { logger },
  );
  const started = await bot.start();
  stopWatching = watchKnowledge({ dir: config.KNOWLEDGE_DIR, live, logger, engineOptions, initial: knowledge });
  logger.info(
    { event: 'started', platform: 'slack', mode: slackMode(config), host: config.HOST, port: started.port, articles: knowledge.articles.length },
    'Slack bot is running',
  );
}

main().catch((error: unknown) => {
  const text = error instanceof QaError ? error.message : `Unexpected error: ${String(error)}`;
  process.stderr.write(`${secrets.reduce((masked, secret) => masked.split(secret).join('[redacted]'), text)}\n`);
  process.exit(1);
});
