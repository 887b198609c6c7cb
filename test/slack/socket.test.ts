import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TOKENS, type Harness } from './harness.ts';
import { eventCallback, mentionEvent, nextTs, slashCommandFields, socketEnvelope } from './payloads.ts';

/** What a reply to "Wer ist der NATO-Generalsekretär?" leads with: the short answer if the engine vouches for it, else the sentence. */
const RUTTE_LEAD = /^(?:\*Mark Rutte\*|> Der NATO-Generalsekretär Mark Rutte betonte)/;
const TRUMP_LEAD = /^(?:\*Donald Trump\*|> Diese Ankündigung erfolgt .*Donald Trump)/;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ mode: 'socket' });
  await harness.fake.socketConnected();
});
afterAll(async () => {
  await harness?.stop();
});

describe('the Slack app in Socket Mode (real Bolt, fake apps.connections.open and WebSocket)', () => {
  it('checks the bot token, then opens the connection with the app token', () => {
    expect(harness.fake.calls.map((call) => [call.method, call.token])).toEqual([
      ['auth.test', TOKENS.bot],
      ['apps.connections.open', TOKENS.app],
    ]);
  });

  it('acks a /ask envelope and answers "Wer ist der NATO-Generalsekretär?" with Mark Rutte through response_url', async () => {
    const envelope = socketEnvelope(
      'slash_commands',
      slashCommandFields({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('socket-ask') }),
    );
    const ack = await harness.fake.deliver(envelope);
    expect(ack).toMatchObject({ envelope_id: envelope.envelope_id, payload: {} });
    const response = await harness.fake.waitFor('the /ask answer', () => harness.fake.responses.find((post) => post.id === 'socket-ask'));
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect((response.body.blocks as { type: string; text?: { text: string } }[])[1]!.text!.text).toMatch(RUTTE_LEAD);
  });

  it('acks a mention envelope and answers in the thread', async () => {
    const ts = nextTs();
    const envelope = socketEnvelope('events_api', eventCallback(mentionEvent({ text: '<@U0BOT> Wer leitet die Friedensbemühungen?', ts })));
    const ack = await harness.fake.deliver(envelope);
    expect(ack.envelope_id).toBe(envelope.envelope_id);
    const post = await harness.fake.waitFor('the mention answer', () =>
      harness.fake.calls.find((call) => call.method === 'chat.postMessage' && call.body.thread_ts === ts),
    );
    expect(post.body.channel).toBe('C0NEWS');
    expect((post.body.blocks as { text?: { text: string } }[])[0]!.text!.text).toMatch(TRUMP_LEAD);
  });

  it('answers an event once when Slack redelivers it in a new envelope (a retry)', async () => {
    const ts = nextTs();
    const callback = eventCallback(mentionEvent({ text: '<@U0BOT> Wer leitet die Friedensbemühungen?', ts }));
    await harness.fake.deliver(socketEnvelope('events_api', callback));
    const retry = { ...socketEnvelope('events_api', callback), retry_attempt: 1, retry_reason: 'timeout' };
    await harness.fake.deliver(retry);
    await harness.bot.idle();
    expect(harness.fake.calls.filter((call) => call.method === 'chat.postMessage' && call.body.thread_ts === ts)).toHaveLength(1);
  });
});

describe('Socket Mode start-up', () => {
  it('stops with a message naming SLACK_APP_TOKEN when Slack rejects it', async () => {
    await expect(startHarness({ mode: 'socket', appToken: 'xapp-1-A0TEST-9-revoked' })).rejects.toThrow(
      'Slack rejected SLACK_APP_TOKEN (invalid_auth): copy it again from api.slack.com/apps > your app > Basic Information > App-Level Tokens (xapp-…, scope connections:write).',
    );
  });
});
