import { describe, expect, it } from 'vitest';
import { readSlackConfig, slackMode } from '../../adapters/slack/config.ts';

const BOT = 'xoxb-1111-2222-abc';
const SECRET = 'e5c1d0a9b8f74c3e2d1a0b9c8d7e6f51';

describe('Slack configuration', () => {
  it('runs over HTTP on port 3000 with bot token and signing secret', () => {
    const config = readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(slackMode(config)).toBe('http');
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', FEEDBACK_FILE: 'feedback.jsonl', RATE_LIMIT_COUNT: 5, RATE_LIMIT_WINDOW_SECONDS: 30 });
  });

  it('takes thread follow-ups for 24 hours unless THREAD_FOLLOWUP_HOURS says otherwise', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).THREAD_FOLLOWUP_HOURS).toBe(24);
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, THREAD_FOLLOWUP_HOURS: '1.5' }).THREAD_FOLLOWUP_HOURS).toBe(1.5);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, THREAD_FOLLOWUP_HOURS: '0' })).toThrow(
      'THREAD_FOLLOWUP_HOURS is not valid: a number of hours above 0, at most 2160 (90 days), e.g. 24. Copy .env.example to .env and set THREAD_FOLLOWUP_HOURS in it.',
    );
  });

  it('runs in Socket Mode with an app token and no signing secret', () => {
    expect(slackMode(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }))).toBe('socket');
  });

  it('names every missing variable and where to find it', () => {
    expect(() => readSlackConfig({})).toThrow(
      'SLACK_BOT_TOKEN is missing: the Bot User OAuth Token (xoxb-, then two numbers and a code, dash-separated) from api.slack.com/apps > your app > OAuth & Permissions. ' +
        'SLACK_SIGNING_SECRET is missing: the Signing Secret (hex) from api.slack.com/apps > your app > Basic Information > App Credentials; needed over HTTP, that is when SLACK_APP_TOKEN is not set. ' +
        'Copy .env.example to .env and set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in it.',
    );
  });

  it('refuses malformed tokens, port and URL without echoing their values', () => {
    const run = () =>
      readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xoxb-wrong-kind', PORT: 'eighty', SLACK_API_URL: 'ftp://example.com' });
    expect(run).toThrow(
      'SLACK_BOT_TOKEN is not valid: the Bot User OAuth Token (xoxb-, then two numbers and a code, dash-separated) from api.slack.com/apps > your app > OAuth & Permissions. ' +
        'SLACK_APP_TOKEN is not valid: an App-Level Token (xapp-, then a version, your app ID A…, a number and a code, dash-separated) with connections:write from api.slack.com/apps > your app > Basic Information > App-Level Tokens; leave it empty to run over HTTP. ' +
        'PORT is not valid: a port number from 0 to 65535, e.g. 3000. ' +
        'SLACK_API_URL is not valid: an http(s) URL of the Slack Web API, e.g. https://slack.com/api/; leave it empty for Slack itself. ' +
        'Copy .env.example to .env and set SLACK_BOT_TOKEN, SLACK_APP_TOKEN, PORT and SLACK_API_URL in it.',
    );
    expect(run).not.toThrow(/xoxp-user-token|xoxb-wrong-kind/);
  });

  it.each(['xoxb-1', 'xoxb-1111-2222', 'xoxb-1111-2222-abc-', 'xoxb-abc-2222-def', 'xoxp-1111-2222-abc'])(
    'refuses the bot token %s, which lacks the documented xoxb-number-number-code parts',
    (token) => {
      expect(() => readSlackConfig({ SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: SECRET })).toThrow(/^SLACK_BOT_TOKEN is not valid: /);
    },
  );

  it.each(['xapp-1', 'xapp-1-A0TEST', 'xapp-1-B0TEST-3333-abc', 'xoxb-1111-2222-abc'])(
    'refuses the app token %s, which lacks the documented xapp-version-app ID-number-code parts',
    (token) => {
      expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: token })).toThrow(/^SLACK_APP_TOKEN is not valid: /);
    },
  );

  it('says to set what is missing in .env when there is one', () => {
    expect(() => readSlackConfig({ SLACK_APP_TOKEN: 'xapp-1-A0123ABCDEF-1234567890123-0a1b2c' }, { path: '.env', found: true })).toThrow(
      'SLACK_BOT_TOKEN is missing: the Bot User OAuth Token (xoxb-, then two numbers and a code, dash-separated) from api.slack.com/apps > your app > OAuth & Permissions. .env exists: set SLACK_BOT_TOKEN in it.',
    );
  });

  it('listens on the HOST given, and refuses one that is no address or host name', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: 'not a host' })).toThrow(
      'HOST is not valid: an IP address or host name to listen on, e.g. 0.0.0.0 (every interface) or 127.0.0.1. Copy .env.example to .env and set HOST in it.',
    );
  });

  it('refuses a signing secret that is not hex', () => {
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'not-a-secret' })).toThrow(/^SLACK_SIGNING_SECRET is not valid: /);
  });
});
