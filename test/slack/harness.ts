import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createSlackBot, type SlackBot, type SlackBotOptions } from '../../adapters/slack/app.ts';
import { createFeedbackLog } from '../../adapters/common/feedback.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createLiveEngine, type LiveEngine } from '../../adapters/common/liveEngine.ts';
import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { startFakeSlack, type FakeSlack } from './fakeSlack.ts';

/** Test credentials: shaped like Slack's, valid nowhere. */
export const TOKENS = {
  bot: 'xoxb-1111-2222-testbottokenAbCdEf',
  app: 'xapp-1-A0TEST-3333-testapptokenGhIjKl',
  signingSecret: 'e5c1d0a9b8f74c3e2d1a0b9c8d7e6f51',
};

let bundled: Promise<Engine> | undefined;
/** The engine over the bundled article, built once per test file. */
export function bundledEngine(): Promise<Engine> {
  bundled ??= loadKnowledge(DEFAULT_KNOWLEDGE_DIR).then((knowledge) => createEngine(knowledge));
  return bundled;
}

/** A running bot against a fake Slack, with every log line captured. */
export interface Harness {
  fake: FakeSlack;
  bot: SlackBot;
  live: LiveEngine;
  /** `http://127.0.0.1:<port>/slack/events` (HTTP mode only). */
  eventsUrl: string;
  /** `http://127.0.0.1:<port>` (HTTP mode only). */
  baseUrl: string;
  feedbackFile: string;
  /** Every log line so far, raw. */
  logText(): string;
  /** Every log line so far, parsed. */
  logs(): Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts a fake Slack, then the real Bolt app pointed at it, over HTTP (default) or in Socket Mode. */
export async function startHarness(
  options: { mode?: 'http' | 'socket'; engine?: Engine; logLevel?: string } & Partial<SlackBotOptions> = {},
): Promise<Harness> {
  const { mode = 'http', engine = await bundledEngine(), logLevel = 'info', ...overrides } = options;
  const fake = await startFakeSlack({ botToken: TOKENS.bot, appToken: TOKENS.app });
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: logLevel, destination, secrets: [TOKENS.bot, TOKENS.app, TOKENS.signingSecret] });
  const live = createLiveEngine(engine);
  const feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'slack-feedback-')), 'feedback.jsonl');
  const bot = createSlackBot({
    live,
    logger,
    botToken: TOKENS.bot,
    apiUrl: fake.apiUrl,
    feedback: createFeedbackLog(feedbackFile),
    ...(mode === 'socket' ? { appToken: TOKENS.app } : { signingSecret: TOKENS.signingSecret, port: 0, host: '127.0.0.1' }),
    ...overrides,
  });
  let started: Awaited<ReturnType<SlackBot['start']>>;
  try {
    started = await bot.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${started.port ?? 0}`;
  return {
    fake,
    bot,
    live,
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    feedbackFile,
    logText: () => lines.join(''),
    logs: () =>
      lines
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
