/**
 * The Slack bot as a real process (`node dist/adapters/slack/main.js`, built by `npm run build`, environment variables only,
 * SLACK_API_URL pointing at the fake Slack on 127.0.0.1): signed /ask requests one after
 * another over HTTP, each acknowledged and answered through the fake's response_url.
 * Prints ack and answer times, then stops the bot with SIGTERM and prints its exit code.
 *
 *   npx tsx scripts/load/slackProcess.ts [--requests 20]
 */
import { parseArgs } from 'node:util';
import { startFakeSlack } from '../../test/slack/fakeSlack.ts';
import { TOKENS } from '../../test/slack/harness.ts';
import { slashCommandBody } from '../../test/slack/payloads.ts';
import { postToApp } from '../../test/slack/sign.ts';
import { spawnSlackBot } from '../../test/slack/spawnBot.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '20' } } });
const REQUESTS = Math.max(2, Math.min(1000, Number(values.requests)));
const QUESTION = 'Wer ist der NATO-Generalsekretär?';

async function main(): Promise<number> {
  const fake = await startFakeSlack({ botToken: TOKENS.bot });
  const bot = spawnSlackBot({
    SLACK_BOT_TOKEN: TOKENS.bot,
    SLACK_SIGNING_SECRET: TOKENS.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    RATE_LIMIT_COUNT: '1000',
  });
  try {
    const started = await bot.waitForLog('the bot to start', (line) => line.event === 'started');
    const eventsUrl = `http://127.0.0.1:${started.port}/slack/events`;
    const acks: number[] = [];
    const answers: number[] = [];
    let sentence = '';
    for (let i = 0; i < REQUESTS; i++) {
      const id = `process-${i}`;
      const sent = performance.now();
      const ack = await postToApp(eventsUrl, slashCommandBody({ text: QUESTION, responseUrl: fake.responseUrl(id) }), { secret: TOKENS.signingSecret });
      if (ack.status !== 200) throw new Error(`/ask ${i} got HTTP ${ack.status}`);
      const answer = await fake.waitFor(`answer ${i}`, () => fake.responses.find((post) => post.id === id));
      acks.push(ack.ms);
      answers.push(answer.at - sent);
      sentence = ((answer.body.blocks as { type: string; text?: { text: string } }[]).filter((block) => block.type === 'section')[1]?.text?.text ?? '').slice(
        0,
        90,
      );
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    process.stdout.write(
      [
        `Slack bot as a process (HTTP, env only, fake Slack at ${fake.apiUrl}): ${REQUESTS} signed /ask "${QUESTION}", one at a time`,
        `answered with: ${sentence}…`,
        `first /ask:    ack ${ms(acks[0]!)}, answer ${ms(answers[0]!)} (cold process)`,
        `the others:    ack median ${ms(median(acks.slice(1)))}, max ${ms(Math.max(...acks.slice(1)))}; answer median ${ms(median(answers.slice(1)))}, max ${ms(Math.max(...answers.slice(1)))}`,
      ].join('\n') + '\n',
    );
    bot.signal('SIGTERM');
    const code = await bot.exited();
    process.stdout.write(`SIGTERM:       exit code ${code}\n`);
    return code === 0 ? 0 : 1;
  } finally {
    bot.signal('SIGKILL');
    await fake.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
