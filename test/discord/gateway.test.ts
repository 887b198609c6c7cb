import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveEngine } from '../../adapters/common/liveEngine.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createRateLimiter } from '../../adapters/common/rateLimiter.ts';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.ts';
import type { QaError } from '../../src/errors.ts';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.ts';
import { bundledEngine, TEST_APPLICATION_ID, TEST_TOKEN, withTimeout } from './harness.ts';

let fake: FakeDiscord | undefined;
let bot: DiscordBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  bot = fake = undefined;
});

async function botOnFake(onFatal: (error: QaError) => void) {
  fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
  let written = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination, secrets: [TEST_TOKEN] });
  bot = createDiscordBot({ live: createLiveEngine(await bundledEngine()), logger, limiter: createRateLimiter(), apiUrl: fake.apiUrl, onFatal });
  return {
    fake,
    bot,
    logs: () =>
      written
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('gateway closes Discord will not take back', () => {
  it('reports 4004 (authentication failed) after ready once, with what to do', async () => {
    const fatal: QaError[] = [];
    const running = await botOnFake((error) => fatal.push(error));
    await withTimeout(running.bot.start(TEST_TOKEN), 5000, 'the bot to get ready');
    running.fake.gateway.closeAll(4004);
    await running.fake.waitFor(() => (fatal.length > 0 ? true : undefined), 'the fatal close');
    expect(fatal.map((error) => [error.code, error.message])).toEqual([
      [
        'GATEWAY_CLOSED',
        'Discord closed the gateway connection of shard 0 for good (4004, authentication failed: DISCORD_TOKEN is wrong or was reset; reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env). Stopping.',
      ],
    ]);
    expect(running.logs().filter((line) => line.event === 'gateway-closed-fatal')).toMatchObject([{ level: 60, code: 4004, shard: 0 }]);
  });

  it('fails start-up on 4014 (disallowed intents) with what to do', async () => {
    const running = await botOnFake(() => undefined);
    running.fake.gateway.closeOnIdentify = 4014;
    await expect(withTimeout(running.bot.start(TEST_TOKEN), 5000, 'start-up to fail')).rejects.toThrow(
      'Discord closed the gateway connection of shard 0 for good (4014, disallowed intents: the bot asked for a privileged intent not enabled in the Developer Portal > your application > Bot). Stopping.',
    );
  });
});
