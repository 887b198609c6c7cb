import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { TOKENS } from './harness.ts';
import { slashCommandBody } from './payloads.ts';
import { postToApp } from './sign.ts';
import { spawnSlackBot } from './spawnBot.ts';

let fake: FakeSlack;
const questions = (JSON.parse(readFileSync(new URL('../fixtures/questions.bundled.json', import.meta.url), 'utf8')) as { question: string }[]).map(
  (item) => item.question,
);

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: TOKENS.bot });
});
afterAll(async () => {
  await fake?.close();
});

const httpEnv = () => ({ SLACK_BOT_TOKEN: TOKENS.bot, SLACK_SIGNING_SECRET: TOKENS.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'info' });

describe('npm run slack, as a process with environment variables only', () => {
  it('answers a signed /ask over HTTP with the right sentence, and on SIGTERM finishes the answer in flight and exits 0', async () => {
    const bot = spawnSlackBot(httpEnv());
    try {
      const started = await bot.waitForLog('the started line', (line) => line.event === 'started');
      expect(started).toMatchObject({ platform: 'slack', mode: 'http', articles: 1 });
      const eventsUrl = `http://127.0.0.1:${started.port}/slack/events`;
      const ask = (id: string) =>
        postToApp(
          eventsUrl,
          slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', user: `U0${id.toUpperCase()}`, responseUrl: fake.responseUrl(id) }),
          { secret: TOKENS.signingSecret },
        );

      expect(await ask('proc-1')).toMatchObject({ status: 200, text: '' });
      const answer = await fake.waitFor('the answer', () => fake.responses.find((post) => post.id === 'proc-1'));
      const sections = (answer.body.blocks as { type: string; text?: { text: string } }[])
        .filter((block) => block.type === 'section')
        .map((block) => block.text!.text);
      expect(sections.find((text) => text.startsWith('>'))).toMatch(/^> Der NATO-Generalsekretär Mark Rutte betonte/);

      fake.responseDelayMs = 400;
      await ask('proc-2');
      const inFlight = await fake.waitFor('the second answer', () => fake.responses.find((post) => post.id === 'proc-2'));
      bot.signal('SIGTERM');
      expect(await bot.exited()).toBe(0);
      expect(inFlight.delivered).toBe(true);
      await bot.waitForLog('the stopped line', (line) => line.event === 'stopped');
    } finally {
      fake.responseDelayMs = 0;
      bot.signal('SIGKILL');
    }
  });

  it('started through npm run slack with 500 /ask acknowledged, answers or tells every one on SIGTERM and exits 0', async () => {
    const bot = spawnSlackBot({ ...httpEnv(), RATE_LIMIT_COUNT: '1000' }, { viaNpm: true });
    const pool = new Agent({ connections: 64 });
    try {
      const started = await bot.waitForLog('the started line', (line) => line.event === 'started', 30_000);
      const eventsUrl = `http://127.0.0.1:${started.port}/slack/events`;
      const ids = Array.from({ length: 500 }, (_, i) => `load-${i}`);
      // Every question of the fixture in turn, so the bot is busy answering when the signal comes.
      // Its own pool, destroyed at the end: posts still queued when the bot has gone fail then, not on a timer later.
      const posts = ids.map((id, i) =>
        postToApp(eventsUrl, slashCommandBody({ text: questions[i % questions.length]!, user: `U0${id.toUpperCase()}`, responseUrl: fake.responseUrl(id) }), {
          secret: TOKENS.signingSecret,
          dispatcher: pool,
          timeoutMs: null,
        }),
      );
      await fake.waitFor('the first 50 answers', () => (fake.responses.filter((post) => post.id.startsWith('load-')).length >= 50 ? true : undefined), 30_000);
      bot.signal('SIGTERM');
      const exited = bot.exited(30_000);
      await exited.finally(() => pool.destroy());
      const results = await Promise.allSettled(posts);
      const acked = ids.filter((_, i) => results[i]!.status === 'fulfilled' && (results[i] as PromiseFulfilledResult<{ status: number }>).value.status === 200);
      expect(acked.length).toBeGreaterThan(50);
      expect(await exited).toBe(0);
      await bot.waitForLog('the stopped line', (line) => line.event === 'stopped');
      // Received by the fake is answered (the bot may be gone before it reads the fake's 200).
      const unanswered = acked.filter((id) => !fake.responses.some((post) => post.id === id));
      expect(unanswered).toEqual([]);
    } finally {
      bot.signal('SIGKILL');
    }
  });

  it('started through npm run slack, gets SIGTERM itself (the script execs node) and exits 0', async () => {
    const bot = spawnSlackBot(httpEnv(), { viaNpm: true });
    try {
      await bot.waitForLog('the started line', (line) => line.event === 'started', 30_000);
      bot.signal('SIGTERM');
      expect(await bot.exited()).toBe(0);
      await bot.waitForLog('the stopped line', (line) => line.event === 'stopped');
    } finally {
      bot.signal('SIGKILL');
    }
  });

  it('stops at start-up with a message naming a missing SLACK_BOT_TOKEN', async () => {
    const bot = spawnSlackBot({ SLACK_SIGNING_SECRET: TOKENS.signingSecret });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr()).toBe(
      'SLACK_BOT_TOKEN is missing: the Bot User OAuth Token (xoxb-, then two numbers and a code, dash-separated) from api.slack.com/apps > your app > OAuth & Permissions. Copy .env.example to .env and set SLACK_BOT_TOKEN in it.\n',
    );
  });

  it('stops at start-up when Slack rejects the bot token, without printing it', async () => {
    const wrong = 'xoxb-9999-8888-revokedtokenXyZ';
    const bot = spawnSlackBot({ ...httpEnv(), SLACK_BOT_TOKEN: wrong });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr().trim().split('\n').at(-1)).toBe(
      'Slack rejected SLACK_BOT_TOKEN (invalid_auth): copy it again from api.slack.com/apps > your app > OAuth & Permissions (Bot User OAuth Token, xoxb-…).',
    );
    expect(bot.stderr()).not.toContain(wrong);
  });
});
