import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.ts';
import { answerOf, callbackOf, sendAsk, TEST_APPLICATION_ID, TEST_TOKEN } from './harness.ts';
import { spawnEntry, type SpawnedEntry } from './spawnEntry.ts';

const questions = (JSON.parse(readFileSync(new URL('../fixtures/questions.bundled.json', import.meta.url), 'utf8')) as { question: string }[]).map(
  (item) => item.question,
);

describe('npm run discord, as a process', () => {
  it('stops start-up with exit code 1 when DISCORD_TOKEN is missing, saying where to find it', async () => {
    const bot = spawnEntry('main', { DISCORD_APPLICATION_ID: TEST_APPLICATION_ID });
    try {
      expect(await bot.exited()).toBe(1);
      expect(bot.stderr()).toBe(
        'DISCORD_TOKEN is missing: the bot token from the Discord Developer Portal > your application > Bot > Reset Token (three parts separated by dots, the first the bot ID in base64, without "Bot "). Copy .env.example to .env and set DISCORD_TOKEN in it.\n',
      );
      expect(bot.stdout()).toBe('');
    } finally {
      bot.cleanUp();
    }
  });

  describe('with only environment variables, against a fake Discord', () => {
    let fake: FakeDiscord;
    let bot: SpawnedEntry;

    beforeAll(async () => {
      fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
      bot = spawnEntry('main', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: TEST_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'trace' });
      await bot.waitForLog((line) => line.event === 'ready', 'the ready log line');
    });
    afterAll(async () => {
      bot?.cleanUp();
      await fake?.close();
    });

    it('answers /ask "Wer ist der NATO-Generalsekretär?" with the sentence about Mark Rutte', async () => {
      const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?');
      const [, answer, ...rest] = (await answerOf(fake, interaction)).content.split('\n');
      expect(answer).toMatch(/^(?:\*\*Mark Rutte\*\*|> Der NATO-Generalsekretär Mark Rutte betonte)/);
      expect([answer, ...rest].find((line) => line?.startsWith('> '))).toBe(
        '> Der NATO-Generalsekretär Mark Rutte betonte während einer kürzlichen Pressekonferenz in Brüssel die anhaltende Bedrohung durch Russland und erklärte, dass das Engagement zur Unterstützung der Ukraine trotz sich ändernder politischer Rahmenbedingungen unerschütterlich bleibe.',
      );
    });

    it('on SIGTERM finishes the answer in flight, then closes the gateway and exits with code 0', async () => {
      const release = fake.hold((request) => request.route.endsWith('/callback'));
      const { interaction } = sendAsk(fake, 'Wer leitet die Friedensbemühungen?');
      await callbackOf(fake, interaction);
      bot.signal('SIGTERM');
      await bot.waitForLog((line) => line.event === 'stopping', 'the stopping log line');
      expect(fake.gateway.closes).toEqual([]);
      release();
      expect(await bot.exited()).toBe(0);
      expect(fake.gateway.closes).toEqual([1000]);
      expect(bot.logs().map((line) => line.event)).toEqual(expect.arrayContaining(['shutdown', 'stopping', 'stopped']));
      expect(bot.logs().some((line) => line.event === 'drain-timeout')).toBe(false);
    });

    it('never wrote the token to its log, even at trace level', () => {
      expect(bot.logs().length).toBeGreaterThan(10);
      expect(bot.stderr()).not.toContain(TEST_TOKEN.split('.')[2]);
    });
  });

  it('started through npm run discord with 500 /ask in flight, answers or tells every one on SIGTERM and exits 0', async () => {
    const fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
    const bot = spawnEntry(
      'main',
      { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: TEST_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', RATE_LIMIT_COUNT: '1000' },
      { viaNpm: true },
    );
    try {
      await bot.waitForLog((line) => line.event === 'ready', 'the ready log line', 30_000);
      // Sent as if they had waited in a queue for 1.6 s: each one is deferred, so every
      // answer (or notice) is an edit, the kind of request a backlog is made of.
      const queuedSince = Date.now() - 1600;
      for (let i = 0; i < 500; i++) sendAsk(fake, questions[i % questions.length]!, { createdAt: queuedSince });
      await fake.waitFor(
        () => (fake.requests.filter((request) => request.route.endsWith('/callback')).length >= 50 ? true : undefined),
        'the first 50 answers',
        30_000,
      );
      bot.signal('SIGTERM');
      expect(await bot.exited(30_000)).toBe(0);
      expect(bot.logs().map((line) => line.event)).toEqual(expect.arrayContaining(['shutdown', 'stopped']));
      // Every /ask the bot took got its callback; those that came in while it was stopping are ignored, never half-answered.
      const called = new Set(fake.requests.filter((request) => request.route.endsWith('/callback')).map((request) => request.route.split('/')[2]));
      const deferredWithoutEdit = fake.requests
        .filter((request) => request.route.endsWith('/callback') && request.body?.type === 5)
        .filter((callback) => !fake.requests.some((request) => request.method === 'PATCH' && request.route.includes(callback.route.split('/')[3]!)));
      expect(deferredWithoutEdit.length).toBe(0);
      expect(bot.logs().filter((line) => line.event === 'handler-error' || line.event === 'drain-timeout')).toEqual([]);
      expect(called.size).toBeGreaterThanOrEqual(50);
    } finally {
      bot.cleanUp();
      await fake.close();
    }
  });

  it('exits with code 1 and says why when Discord closes the gateway with 4004 (authentication failed)', async () => {
    const fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
    const bot = spawnEntry('main', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: TEST_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    try {
      await bot.waitForLog((line) => line.event === 'ready', 'the ready log line');
      fake.gateway.closeAll(4004);
      expect(await bot.exited()).toBe(1);
      expect(bot.logs().find((line) => line.event === 'gateway-closed-fatal')).toMatchObject({
        code: 4004,
        msg: expect.stringMatching(/^Discord closed the gateway connection of shard 0 for good \(4004, authentication failed: /),
      });
      expect(bot.logs().map((line) => line.event)).toEqual(expect.arrayContaining(['shutdown', 'stopped']));
    } finally {
      bot.cleanUp();
      await fake.close();
    }
  });

  it('npm run discord:register registers /ask, /sources and /add-article in the server named by DISCORD_GUILD_ID', async () => {
    const fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
    const register = spawnEntry('register', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: TEST_APPLICATION_ID,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_API_URL: fake.apiUrl,
    });
    try {
      expect(await register.exited()).toBe(0);
      expect(register.stdout()).toBe(`Registered 3 commands (/ask, /sources, /add-article) in server ${fake.guild.id}; they show at once.\n`);
      expect(fake.requests.map((request) => `${request.method} ${request.route}`)).toEqual([
        `PUT /applications/${TEST_APPLICATION_ID}/guilds/${fake.guild.id}/commands`,
      ]);
    } finally {
      register.cleanUp();
      await fake.close();
    }
  });
});
