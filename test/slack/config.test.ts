import { describe, expect, it } from 'vitest';
import { readSlackConfig, slackMode } from '../../adapters/slack/config.ts';

const BOT = 'xoxb-1111-2222-abc';
const SECRET = 'e5c1d0a9b8f74c3e2d1a0b9c8d7e6f51';
const COPY = 'Copy .env.example to .env and fill it in.';

describe('Slack configuration', () => {
  it('runs over HTTP on port 3000 with bot token and signing secret', () => {
    const config = readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(slackMode(config)).toBe('http');
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', FEEDBACK_FILE: 'feedback.jsonl', RATE_LIMIT_COUNT: 5, RATE_LIMIT_WINDOW_SECONDS: 30 });
  });

  it('runs in Socket Mode with an app token and no signing secret', () => {
    expect(slackMode(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }))).toBe('socket');
  });

  it('names every missing variable and where to find it', () => {
    expect(() => readSlackConfig({})).toThrow(
      'SLACK_BOT_TOKEN is missing: the Bot User OAuth Token (xoxb-…) from api.slack.com/apps > your app > OAuth & Permissions. ' +
        'SLACK_SIGNING_SECRET is missing: the Signing Secret (hex) from api.slack.com/apps > your app > Basic Information > App Credentials; needed over HTTP, that is when SLACK_APP_TOKEN is not set. ' +
        COPY,
    );
  });

  it('refuses malformed tokens, port and URL without echoing their values', () => {
    const run = () => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xoxb-wrong-kind', PORT: 'eighty', SLACK_API_URL: 'ftp://example.com' });
    expect(run).toThrow(
      'SLACK_BOT_TOKEN is not valid: the Bot User OAuth Token (xoxb-…) from api.slack.com/apps > your app > OAuth & Permissions. ' +
        'SLACK_APP_TOKEN is not valid: an App-Level Token (xapp-…) with connections:write from api.slack.com/apps > your app > Basic Information > App-Level Tokens; leave it empty to run over HTTP. ' +
        'PORT is not valid: a port number from 0 to 65535, e.g. 3000. ' +
        'SLACK_API_URL is not valid: an http(s) URL of the Slack Web API, e.g. https://slack.com/api/; leave it empty for Slack itself. ' +
        COPY,
    );
    expect(run).not.toThrow(/xoxp-user-token|xoxb-wrong-kind/);
  });

  it('listens on the HOST given, and refuses one that is no address or host name', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: 'not a host' })).toThrow(
      `HOST is not valid: an IP address or host name to listen on, e.g. 0.0.0.0 (every interface) or 127.0.0.1. ${COPY}`,
    );
  });

  it('refuses a signing secret that is not hex', () => {
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'not-a-secret' })).toThrow(/^SLACK_SIGNING_SECRET is not valid: /);
  });
});
