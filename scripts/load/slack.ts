/**
 * Load test of the Slack adapter over HTTP: signed /ask requests at a fixed concurrency,
 * through the real Bolt app, against the fake Slack on 127.0.0.1 (loopback only). Bounded
 * in count and time; stops by itself and prints what it measured.
 *
 *   npm run load:slack                      2,000 requests, 50 at a time
 *   npm run load:slack -- --requests 500 --concurrency 20
 *
 * Bot, fake Slack and load generator share this one process (the generator with its own
 * connection pool), so latencies include the generator's own work and memory is the whole
 * process. Exits 1 if anything was dropped or an ack took 3 s or more.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { createLiveEngine } from '../../adapters/common/liveEngine.ts';
import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../../adapters/common/loadKnowledge.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createSlackBot } from '../../adapters/slack/app.ts';
import { createFeedbackLog } from '../../adapters/common/feedback.ts';
import { createEngine } from '../../src/engine.ts';
import { startFakeSlack, type ResponsePost } from '../../test/slack/fakeSlack.ts';
import { TOKENS } from '../../test/slack/harness.ts';
import { slashCommandBody } from '../../test/slack/payloads.ts';
import { postToApp } from '../../test/slack/sign.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    'time-limit': { type: 'string', default: '120' },
  },
});
const REQUESTS = Math.min(20_000, Number(values.requests));
const CONCURRENCY = Math.min(200, Number(values.concurrency));
const TIME_LIMIT_MS = Math.min(600, Number(values['time-limit'])) * 1000;
/** Slack's limit for acknowledging a slash command. */
const SLACK_ACK_LIMIT_MS = 3000;

const questions = (JSON.parse(readFileSync(new URL('../../test/fixtures/questions.bundled.json', import.meta.url), 'utf8')) as { question: string }[]).map(
  (item) => item.question,
);

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function memory(): string {
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${(rss / 2 ** 20).toFixed(1)} MB, heap ${(heapUsed / 2 ** 20).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  const deadline = AbortSignal.timeout(TIME_LIMIT_MS);
  const fake = await startFakeSlack({ botToken: TOKENS.bot, record: false });
  let logLines = 0;
  const logSink = new Writable({
    write(_chunk, _encoding, done) {
      logLines++;
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination: logSink, secrets: [TOKENS.bot, TOKENS.signingSecret] });
  const live = createLiveEngine(createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
  const bot = createSlackBot({
    live,
    logger,
    botToken: TOKENS.bot,
    signingSecret: TOKENS.signingSecret,
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    feedback: createFeedbackLog('/dev/null'),
  });
  const { port } = await bot.start();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  // The generator's own pool, like Slack's separate machines: its requests must not queue behind the bot's calls to the fake.
  const dispatcher = new Agent({ connections: CONCURRENCY });

  const sentAt = new Map<string, number>();
  const answerMs: number[] = [];
  fake.events.on('response', (post: ResponsePost) => {
    const started = sentAt.get(post.id);
    if (started !== undefined) answerMs.push(post.at - started);
  });

  global.gc?.();
  const memoryBefore = memory();
  const ackMs: number[] = [];
  /** Acks after the first burst of CONCURRENCY requests, which meets a cold process (JIT, new connections). */
  const warmAckMs: number[] = [];
  const failures = new Map<string, number>();
  let next = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();

  async function worker(): Promise<void> {
    while (next < REQUESTS && !deadline.aborted) {
      const index = next++;
      const id = `load-${index}`;
      // One user per request: the per-user limit is not what this measures.
      const body = slashCommandBody({ text: questions[index % questions.length]!, user: `U${index}`, responseUrl: fake.responseUrl(id) });
      sentAt.set(id, performance.now());
      try {
        const reply = await postToApp(eventsUrl, body, { secret: TOKENS.signingSecret, dispatcher });
        if (reply.status === 200) {
          ackMs.push(reply.ms);
          if (index >= CONCURRENCY) warmAckMs.push(reply.ms);
        } else failures.set(`HTTP ${reply.status}`, (failures.get(`HTTP ${reply.status}`) ?? 0) + 1);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
      }
    }
  }

  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const sentMs = performance.now() - started;
  // Answers follow their acks; wait for the stragglers, within the time limit.
  await fake
    .waitFor('every answer', () => (answerMs.length >= ackMs.length ? true : undefined), Math.max(1000, TIME_LIMIT_MS - (performance.now() - started)))
    .catch(() => undefined);
  const totalMs = performance.now() - started;
  loopDelay.disable();
  global.gc?.();
  const memoryAfter = memory();
  await dispatcher.close();
  await bot.stop();
  await fake.close();

  const acks = [...ackMs].sort((a, b) => a - b);
  const answers = [...answerMs].sort((a, b) => a - b);
  const warmAcks = [...warmAckMs].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `Slack /ask over HTTP, real Bolt app, fake Slack on 127.0.0.1: ${REQUESTS} requests, ${CONCURRENCY} concurrent`,
    `sent:          ${next} in ${(sentMs / 1000).toFixed(2)} s (${((next / sentMs) * 1000).toFixed(0)} requests/s)${deadline.aborted ? ' (time limit reached)' : ''}`,
    `acknowledged:  ${acks.length} of ${REQUESTS} (HTTP 200)${failures.size ? `; failed: ${[...failures].map(([reason, count]) => `${count}× ${reason}`).join(', ')}` : '; nothing dropped'}`,
    `answered:      ${answers.length} of ${REQUESTS} (posted to response_url) in ${(totalMs / 1000).toFixed(2)} s`,
    `ack time:      p50 ${ms(percentile(acks, 0.5))}, p99 ${ms(percentile(acks, 0.99))}, max ${ms(acks.at(-1) ?? Number.NaN)} (Slack allows ${SLACK_ACK_LIMIT_MS} ms)`,
    `  warm:        p50 ${ms(percentile(warmAcks, 0.5))}, p99 ${ms(percentile(warmAcks, 0.99))}, max ${ms(warmAcks.at(-1) ?? Number.NaN)} (without the first ${CONCURRENCY}, sent to a cold process)`,
    `answer time:   p50 ${ms(percentile(answers, 0.5))}, p99 ${ms(percentile(answers, 0.99))}, max ${ms(answers.at(-1) ?? Number.NaN)} (request sent to answer received)`,
    `event loop:    delay p99 ${ms(loopDelay.percentile(99) / 1e6)}, max ${ms(loopDelay.max / 1e6)} (bot, fake Slack and generator together)`,
    `memory:        before ${memoryBefore}; after ${memoryAfter}${global.gc ? '' : ' (no --expose-gc: not collected before measuring)'}`,
    `log lines:     ${logLines}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const ok = acks.length === REQUESTS && answers.length === REQUESTS && (acks.at(-1) ?? Infinity) < SLACK_ACK_LIMIT_MS;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Load test failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
