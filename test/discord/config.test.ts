import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/common/config.ts';
import { DISCORD_HINTS, discordConfigSchema } from '../../adapters/discord/config.ts';
import { TEST_APPLICATION_ID, TEST_TOKEN } from './harness.ts';

const read = (env: Record<string, string | undefined>) => readConfig(discordConfigSchema, env, DISCORD_HINTS);
const valid = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: TEST_APPLICATION_ID };

describe('the Discord configuration', () => {
  it('accepts a token and an application id, and limits each user to 5 questions per 30 s by default', () => {
    const config = read(valid);
    expect(config).toMatchObject({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: TEST_APPLICATION_ID,
      RATE_LIMIT_COUNT: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
    });
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.DISCORD_API_URL).toBeUndefined();
  });

  it('says DISCORD_TOKEN is missing and where to find it', () => {
    expect(() => read({ DISCORD_APPLICATION_ID: TEST_APPLICATION_ID, DISCORD_TOKEN: '  ' })).toThrow(
      'DISCORD_TOKEN is missing: the bot token from the Discord Developer Portal > your application > Bot > Reset Token (three parts separated by dots, the first the bot ID in base64, without "Bot "). Copy .env.example to .env and set DISCORD_TOKEN in it.',
    );
  });

  it('rejects a malformed token without repeating it', () => {
    const attempt = () => read({ ...valid, DISCORD_TOKEN: 'Bot secret-value-without-dots' });
    expect(attempt).toThrow(/^DISCORD_TOKEN is not valid: the bot token from the Discord Developer Portal/);
    expect(attempt).not.toThrow(/secret-value/);
  });

  it.each([
    ['two parts', 'MTQwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1'],
    ['a first part that is no ID in base64', 'Zm9vYmFy.GfAkE1.fake-hmac-part_that-must-never-leak'],
    ['a short signature', 'MTQwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.short'],
    ['a space in it', 'MTQwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake hmac part that must never leak'],
  ])('rejects a token with %s', (_, token) => {
    expect(() => read({ ...valid, DISCORD_TOKEN: token })).toThrow(/^DISCORD_TOKEN is not valid: /);
  });

  it('says to set what is missing in .env when there is one', () => {
    expect(() => readConfig(discordConfigSchema, { DISCORD_TOKEN: TEST_TOKEN }, DISCORD_HINTS, { path: '.env', found: true })).toThrow(
      'DISCORD_APPLICATION_ID is missing: the Application ID (17-20 digits) from the Discord Developer Portal > your application > General Information. .env exists: set DISCORD_APPLICATION_ID in it.',
    );
  });

  it('names every bad variable in one message: an application id that is no snowflake and a zero rate limit', () => {
    expect(() => read({ ...valid, DISCORD_APPLICATION_ID: 'my-bot', RATE_LIMIT_COUNT: '0' })).toThrow(
      'RATE_LIMIT_COUNT is not valid: a whole number of questions one user may ask per window, e.g. 5. DISCORD_APPLICATION_ID is not valid: the Application ID (17-20 digits) from the Discord Developer Portal > your application > General Information. Copy .env.example to .env and set RATE_LIMIT_COUNT and DISCORD_APPLICATION_ID in it.',
    );
  });

  it('asks for the Message Content intent only when DISCORD_MESSAGE_CONTENT is true, and says what else it takes', () => {
    expect(read(valid).DISCORD_MESSAGE_CONTENT).toBe(false);
    expect(read({ ...valid, DISCORD_MESSAGE_CONTENT: 'true' }).DISCORD_MESSAGE_CONTENT).toBe(true);
    expect(() => read({ ...valid, DISCORD_MESSAGE_CONTENT: 'yes' })).toThrow(
      'DISCORD_MESSAGE_CONTENT is not valid: true or false; true needs Developer Portal > your application > Bot > Message Content Intent turned on. Copy .env.example to .env and set DISCORD_MESSAGE_CONTENT in it.',
    );
  });

  it('reads DISCORD_API_URL as the REST base without version or trailing slash', () => {
    expect(read({ ...valid, DISCORD_API_URL: 'http://127.0.0.1:8080/api/v10/' }).DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
    expect(read({ ...valid, DISCORD_API_URL: 'https://proxy.example/discord/api' }).DISCORD_API_URL).toBe('https://proxy.example/discord/api');
  });

  it('rejects a DISCORD_API_URL that is not http or https', () => {
    expect(() => read({ ...valid, DISCORD_API_URL: 'ftp://proxy.example/api' })).toThrow(
      'DISCORD_API_URL is not valid: an http(s) URL of the Discord REST API without the version, e.g. https://discord.com/api; leave it empty for Discord itself. Copy .env.example to .env and set DISCORD_API_URL in it.',
    );
  });

  it('takes a guild id and rate limits from the environment', () => {
    expect(read({ ...valid, DISCORD_GUILD_ID: '1300000000000000000', RATE_LIMIT_COUNT: '3', RATE_LIMIT_WINDOW_SECONDS: '10' })).toMatchObject({
      DISCORD_GUILD_ID: '1300000000000000000',
      RATE_LIMIT_COUNT: 3,
      RATE_LIMIT_WINDOW_SECONDS: 10,
    });
  });
});
