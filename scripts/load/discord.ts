/**
 * Load test of the Discord adapter: a burst of INTERACTION_CREATE `/ask` dispatches through
 * the real discord.js client and adapter, against the fake Discord on 127.0.0.1 (loopback
 * only). Bounded in count and time; stops by itself and prints what it measured.
 *
 *   npm run load:discord                          500 dispatches in one burst
 *   npm run load:discord -- --burst 1000 --time-limit 60
 *   npm run load:discord -- --burst 100 --flood 5   one user sends five 6,000-backtick questions first
 *
 * First it asks 20 questions one at a time (the round trip of a single question on an idle
 * bot), then sends the burst. Bot, fake Discord and generator share this process, so
 * latencies include the fake's own work and memory is the whole process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { GatewayDispatchEvents, InteractionResponseType } from 'discord.js';
import { createLiveEngine } from '../../adapters/common/liveEngine.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createRateLimiter } from '../../adapters/common/rateLimiter.ts';
import { createDiscordBot } from '../../adapters/discord/bot.ts';
import { createEngine } from '../../src/engine.ts';
import { isEphemeral, startFakeDiscord, type FakeDiscord } from '../../test/discord/fakeDiscord.ts';
import { TEST_APPLICATION_ID, TEST_TOKEN } from '../../test/discord/harness.ts';
import { askOptions, commandInteraction, fakeUser } from '../../test/discord/payloads.ts';

const { values } = parseArgs({
  options: { burst: { type: 'string', default: '500' }, 'time-limit': { type: 'string', default: '60' }, flood: { type: 'string', default: '0' } },
});
const BURST = Math.max(1, Math.min(5000, Number(values.burst) || 500));
/** Questions of {@link FLOOD_LENGTH} backticks one user sends just before the burst (the markup escaping once grew with the square of the length). */
const FLOOD = Math.max(0, Math.min(100, Number(values.flood) || 0));
const FLOOD_LENGTH = 6000;
const TIME_LIMIT_MS = Math.max(5, Math.min(300, Number(values['time-limit']) || 60)) * 1000;
const SINGLE_ROUNDS = 20;
/** Discord's limit for acknowledging an interaction. */
const DISCORD_ACK_LIMIT_MS = 3000;

const questions = (JSON.parse(readFileSync(new URL('../../test/fixtures/questions.bundled.json', import.meta.url), 'utf8')) as Array<{ question: string }>).map(
  (item) => item.question,
);

interface Timing {
  sentAt: number;
  ackAt?: number;
  answerAt?: number;
  slowedDown?: boolean;
  deferred?: boolean;
}

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function memory(): string {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${(rss / 2 ** 20).toFixed(1)} MB, heap ${(heapUsed / 2 ** 20).toFixed(1)} MB`;
}

/** Records when each interaction was acknowledged and answered, reading new requests only. */
function trackAnswers(fake: FakeDiscord, timings: Map<string, Timing>) {
  let seen = 0;
  let answered = 0;
  return {
    update() {
      for (; seen < fake.requests.length; seen++) {
        const request = fake.requests[seen]!;
        const callback = request.route.match(/^\/interactions\/\d+\/([^/]+)\/callback$/);
        const edit = request.route.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/);
        const timing = timings.get(callback?.[1] ?? edit?.[1] ?? '');
        if (!timing) continue;
        if (callback) timing.ackAt = request.at;
        const isAnswer = (callback && request.body?.type === InteractionResponseType.ChannelMessageWithSource) || (edit && request.method === 'PATCH');
        if (!isAnswer || timing.answerAt !== undefined) continue;
        timing.answerAt = request.at;
        // The limiter's reply is private; answers to these public questions are not.
        timing.slowedDown = callback !== null && isEphemeral(request.body);
        if (timing.deferred === undefined) timing.deferred = edit !== null;
        answered++;
      }
      return answered;
    },
  };
}

function ask(
  fake: FakeDiscord,
  timings: Map<string, Timing>,
  index: number,
  question = questions[index % questions.length]!,
  user = fakeUser(`user${index}`),
): void {
  const interaction = commandInteraction({
    applicationId: fake.applicationId,
    name: 'ask',
    options: askOptions(question),
    user,
    place: { guild: fake.guild, channelId: fake.guild.channelId },
  });
  timings.set(interaction.token, { sentAt: fake.dispatch(GatewayDispatchEvents.InteractionCreate, interaction) });
}

async function main(): Promise<number> {
  const started = performance.now();
  const fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
  let logLines = 0;
  const logSink = new Writable({
    write(_chunk, _encoding, done) {
      logLines++;
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination: logSink, secrets: [TEST_TOKEN] });
  const live = createLiveEngine(createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
  const bot = createDiscordBot({ live, logger, limiter: createRateLimiter(), apiUrl: fake.apiUrl });
  await bot.start(TEST_TOKEN);
  const remaining = () => Math.max(1, TIME_LIMIT_MS - (performance.now() - started));

  const single = new Map<string, Timing>();
  const singleTracker = trackAnswers(fake, single);
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    ask(fake, single, BURST + round);
    await fake.waitFor(() => (singleTracker.update() > round ? true : undefined), `single answer ${round + 1}`, remaining());
  }
  const singleMs = [...single.values()].map((timing) => timing.answerAt! - timing.sentAt).sort((a, b) => a - b);

  const memoryBefore = memory();
  const burst = new Map<string, Timing>();
  const tracker = trackAnswers(fake, burst);
  const flooder = fakeUser('flooder');
  const flood = new Map<string, Timing>();
  for (let index = 0; index < FLOOD; index++) ask(fake, flood, index, '`'.repeat(FLOOD_LENGTH), flooder);
  const burstStart = performance.now();
  for (let index = 0; index < BURST; index++) ask(fake, burst, index);
  const finished = await fake.waitFor(() => (tracker.update() >= BURST ? true : undefined), `${BURST} answers`, remaining()).catch(() => false);
  const burstMs = performance.now() - burstStart;
  const memoryAfter = memory();
  await bot.stop();
  await fake.close();

  const timings = [...burst.values()];
  const answerMs = timings
    .filter((timing) => timing.answerAt !== undefined && !timing.slowedDown)
    .map((timing) => timing.answerAt! - timing.sentAt)
    .sort((a, b) => a - b);
  const ackMs = timings
    .filter((timing) => timing.ackAt !== undefined)
    .map((timing) => timing.ackAt! - timing.sentAt)
    .sort((a, b) => a - b);
  const lateAcks = timings.filter((timing) => timing.ackAt === undefined || timing.ackAt - timing.sentAt > DISCORD_ACK_LIMIT_MS).length;
  const slowedDown = timings.filter((timing) => timing.slowedDown).length;
  const deferred = timings.filter((timing) => timing.deferred).length;
  const fmt = (ms: number) => ms.toFixed(1);
  const report = [
    `Discord adapter load test (real discord.js client, fake Discord on 127.0.0.1, Node ${process.version})`,
    `single question, idle bot (${SINGLE_ROUNDS} in a row): dispatch -> answer p50 ${fmt(percentile(singleMs, 0.5))} ms, min ${fmt(singleMs[0]!)} ms, max ${fmt(singleMs.at(-1)!)} ms`,
    ...(FLOOD > 0 ? [`flood: one user sent ${FLOOD} questions of ${FLOOD_LENGTH.toLocaleString('en')} backticks just before the burst`] : []),
    `burst: ${BURST} /ask dispatches at once, ${answerMs.length} answered, ${BURST - answerMs.length} not answered${finished ? '' : ` (time limit ${TIME_LIMIT_MS / 1000} s reached)`}, ${slowedDown} rate-limited, ${deferred} deferred (older than 1.5 s when handled), in ${fmt(burstMs)} ms (${fmt((answerMs.length / burstMs) * 1000)} answers/s)`,
    `  dispatch -> answer:      p50 ${fmt(percentile(answerMs, 0.5))} ms, p99 ${fmt(percentile(answerMs, 0.99))} ms, max ${fmt(answerMs.at(-1) ?? Number.NaN)} ms`,
    `  dispatch -> first response (answer or deferral): p50 ${fmt(percentile(ackMs, 0.5))} ms, p99 ${fmt(percentile(ackMs, 0.99))} ms, max ${fmt(ackMs.at(-1) ?? Number.NaN)} ms; ${lateAcks} missed Discord's 3 s`,
    `memory before burst: ${memoryBefore}${'gc' in globalThis ? ' (after gc)' : ''}`,
    `memory after burst:  ${memoryAfter}`,
    `log lines written: ${logLines}`,
  ];
  process.stdout.write(`${report.join('\n')}\n`);
  return answerMs.length === BURST && slowedDown === 0 && lateAcks === 0 ? 0 : 1;
}

const hardStop = setTimeout(() => {
  process.stderr.write('load:discord: hard time limit reached; exiting\n');
  process.exit(1);
}, TIME_LIMIT_MS + 15_000);
hardStop.unref();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`load:discord failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
