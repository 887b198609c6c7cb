import { createEngine } from '../../src/engine.ts';
import { QaError } from '../../src/errors.ts';
import { loadEnvFile, readConfig } from '../common/config.ts';
import { createLiveEngine } from '../common/liveEngine.ts';
import { loadKnowledge, warnSkipped } from '../common/loadKnowledge.ts';
import { createLogger } from '../common/logger.ts';
import { createRateLimiter } from '../common/rateLimiter.ts';
import { watchKnowledge } from '../common/watchKnowledge.ts';
import { createDiscordBot } from './bot.ts';
import { createFeedbackLog } from '../common/feedback.ts';
import { DISCORD_HINTS, discordConfigSchema } from './config.ts';
import { describeError } from '../common/describeError.ts';
import { installShutdown } from '../common/shutdown.ts';

/**
 * Longest wait for answers in flight on SIGINT/SIGTERM, in ms: a backlog of deferred answers
 * goes out at discord.js's 50 requests a second, so 8 s clears about 400 of them and still
 * ends within the 10 s most supervisors give before SIGKILL (and {@link installShutdown}'s bound).
 */
const DRAIN_MS = 8000;

async function main(): Promise<void> {
  const config = readConfig(discordConfigSchema, process.env, DISCORD_HINTS, loadEnvFile());
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const engineOptions = { maxQuestionLength: config.MAX_QUESTION_LENGTH };
  const knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
  warnSkipped(logger, knowledge);
  const live = createLiveEngine(createEngine(knowledge, engineOptions));
  const limiter = createRateLimiter({ limit: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const articles = { dir: config.KNOWLEDGE_DIR, fetch: { allowPrivate: config.ALLOW_PRIVATE_URLS } };
  // A gateway Discord closed for good would leave the process alive and deaf: stop it, non-zero.
  const bot = createDiscordBot({
    live,
    logger,
    limiter,
    articles,
    apiUrl: config.DISCORD_API_URL,
    messageContent: config.DISCORD_MESSAGE_CONTENT,
    feedback: createFeedbackLog(config.FEEDBACK_FILE),
    drainTimeoutMs: DRAIN_MS,
    onFatal: (error) => shutdown(error.message, 1),
  });
  const stopWatching = watchKnowledge({ dir: config.KNOWLEDGE_DIR, live, logger, engineOptions, initial: knowledge });
  const shutdown = installShutdown(
    async () => {
      await bot.stop();
      stopWatching();
    },
    { logger },
  );
  // A shard whose ShardingManager is gone has no one to answer to.
  if (process.send) process.once('disconnect', () => shutdown('manager disconnected'));
  process.on('unhandledRejection', (reason) =>
    logger.error({ event: 'unhandled-rejection', error: describeError(reason) }, 'unhandled rejection; still running'),
  );
  try {
    await bot.start(config.DISCORD_TOKEN);
  } catch (error) {
    stopWatching();
    throw error;
  }
}

main().catch((error: unknown) => {
  const text = error instanceof QaError ? error.message : `Unexpected error: ${String(error)}`;
  process.stderr.write(`${text}\n`);
  // Exit now: keep-alive sockets to Discord would otherwise hold the process for seconds.
  process.exit(1);
});
