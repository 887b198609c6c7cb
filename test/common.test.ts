import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion } from '../adapters/common/answerQuestion.ts';
import { baseConfigSchema, loadEnvFile, readConfig } from '../adapters/common/config.ts';
import { createLiveEngine } from '../adapters/common/liveEngine.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { createLogger } from '../adapters/common/logger.ts';
import { createRateLimiter } from '../adapters/common/rateLimiter.ts';
import { createEngine } from '../src/engine.ts';

function capture() {
  const lines: string[] = [];
  return { lines, stream: new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) }) };
}

describe('loadEnvFile', () => {
  it('reads a .env that exists without overriding what the environment already sets, and says it found it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'env-file-'));
    const file = path.join(dir, '.env');
    writeFileSync(file, 'QA_TEST_FROM_FILE=file\nQA_TEST_ALREADY_SET=file\n');
    process.env.QA_TEST_ALREADY_SET = 'environment';
    try {
      expect(loadEnvFile(file)).toEqual({ path: file, found: true });
      expect([process.env.QA_TEST_FROM_FILE, process.env.QA_TEST_ALREADY_SET]).toEqual(['file', 'environment']);
    } finally {
      delete process.env.QA_TEST_FROM_FILE;
      delete process.env.QA_TEST_ALREADY_SET;
    }
  });

  it('says when there is no .env', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'env-file-')), '.env');
    expect(loadEnvFile(file)).toEqual({ path: file, found: false });
  });
});

describe('readConfig', () => {
  it('says ".env exists: set X in it" when there is a .env, and to copy .env.example when there is none', () => {
    const schema = baseConfigSchema.extend({ SECRET_TOKEN: z.string().regex(/^xoxb-/) });
    expect(() => readConfig(schema, { LOG_LEVEL: 'loud' }, {}, { path: '.env', found: true })).toThrowError(
      / \.env exists: set LOG_LEVEL and SECRET_TOKEN in it\.$/,
    );
    expect(() => readConfig(schema, {}, {}, { path: '.env', found: false })).toThrowError(/ Copy \.env\.example to \.env and set SECRET_TOKEN in it\.$/);
  });

  it('fills in defaults and treats empty values as unset', () => {
    expect(readConfig(baseConfigSchema, { LOG_LEVEL: '', MAX_QUESTION_LENGTH: '500' })).toEqual({
      KNOWLEDGE_DIR: DEFAULT_KNOWLEDGE_DIR,
      LOG_LEVEL: 'info',
      MAX_QUESTION_LENGTH: 500,
      RATE_LIMIT_COUNT: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
      FEEDBACK_FILE: 'feedback.jsonl',
      ALLOW_PRIVATE_URLS: false,
    });
  });

  it('names every bad variable and where to look, without echoing its value', () => {
    const schema = baseConfigSchema.extend({ SECRET_TOKEN: z.string().regex(/^xoxb-/) });
    expect(() =>
      readConfig(schema, { LOG_LEVEL: 'loud', SECRET_TOKEN: 'hunter2-oops' }, { SECRET_TOKEN: 'the bot token from your app settings' }),
    ).toThrowError(
      'LOG_LEVEL is not valid: one of fatal, error, warn, info, debug, trace, silent. SECRET_TOKEN is not valid: the bot token from your app settings. Copy .env.example to .env and set LOG_LEVEL and SECRET_TOKEN in it.',
    );
    expect(() => readConfig(schema, {}, { SECRET_TOKEN: 'the bot token' })).toThrowError(
      'SECRET_TOKEN is missing: the bot token. Copy .env.example to .env and set SECRET_TOKEN in it.',
    );
    // Both: it throws, and what it throws does not hold the value (a try/catch alone passes when nothing is thrown).
    expect(() => readConfig(schema, { SECRET_TOKEN: 'hunter2-oops' })).toThrowError('SECRET_TOKEN is not valid: ');
    expect(() => readConfig(schema, { SECRET_TOKEN: 'hunter2-oops' })).not.toThrowError(/hunter2/);
  });
});

describe('logs', () => {
  it('write one JSON line per question with platform, latency, answered and score, and no question text at info', async () => {
    const { lines, stream } = capture();
    const live = createLiveEngine(createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
    answerQuestion(live, createLogger({ level: 'info', destination: stream }), 'Wer ist der NATO-Generalsekretär?', { platform: 'discord', user: 'U1' });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      event: 'question',
      platform: 'discord',
      user: 'U1',
      answered: true,
      reason: 'answered',
      score: expect.any(Number),
      msg: 'question answered',
    });
    expect(entry.latencyMs).toBeGreaterThanOrEqual(0);
    expect(lines[0]).not.toContain('Generalsekretär');
  });

  it('carry the question and answer only at debug level', async () => {
    const { lines, stream } = capture();
    const live = createLiveEngine(createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
    answerQuestion(live, createLogger({ level: 'debug', destination: stream }), 'Wer ist der NATO-Generalsekretär?', { platform: 'slack' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ question: 'Wer ist der NATO-Generalsekretär?', answer: expect.stringContaining('Mark Rutte'), level: 20 });
  });

  it('never show a secret, neither as a field nor inside a message', () => {
    const { lines, stream } = capture();
    const token = 'MTA5.secret-token-value.xyz';
    const logger = createLogger({ level: 'info', destination: stream, secrets: [token] });
    logger.info({ token, config: { DISCORD_TOKEN: token }, headers: { authorization: `Bot ${token}` } }, `failed with ${token}`);
    logger.error(new Error(`request to /gateway with ${token} failed`));
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('[redacted]');
  });
});

describe('the rate limiter', () => {
  it('allows 5 questions per 30 s per user by default, then again once the window has passed', () => {
    let now = 0;
    const limiter = createRateLimiter({ now: () => now });
    expect(Array.from({ length: 6 }, () => limiter.allow('ana'))).toEqual([true, true, true, true, true, false]);
    expect(limiter.allow('ben')).toBe(true);
    now = 29_999;
    expect(limiter.allow('ana')).toBe(false);
    now = 30_000;
    expect(limiter.allow('ana')).toBe(true);
  });
});
