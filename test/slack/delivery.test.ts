import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TOKENS, type Harness } from './harness.ts';
import { eventCallback, mentionEvent, slashCommandBody } from './payloads.ts';
import { postToApp, slackSignature } from './sign.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ httpLimits: { maxUnverified: 4 } });
});
afterAll(async () => {
  await harness?.stop();
});

const now = () => Math.floor(Date.now() / 1000);

/** Opens a connection and sends `head` (request line and headers), then nothing more; resolves with what the app wrote back first. */
function sendHead(head: string): { socket: Socket; reply: Promise<string> } {
  const socket = connect(Number(new URL(harness.baseUrl).port), '127.0.0.1');
  socket.write(head);
  const reply = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += String(chunk);
      resolve(text);
    });
    socket.on('close', () => resolve(text));
  });
  socket.on('error', () => undefined);
  return { socket, reply };
}

const eventsHead = (headers: Record<string, string>) =>
  `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

describe('Slack deliveries over HTTP (real Bolt, fake Slack)', () => {
  it('answers an event once when Slack retries it with the same event_id', async () => {
    const callback = eventCallback(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?' }));
    const body = JSON.stringify(callback);
    const before = harness.fake.calls.length;
    expect((await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret })).status).toBe(200);
    await harness.bot.idle();
    for (const retry of ['1', '2']) {
      const ack = await postToApp(harness.eventsUrl, body, {
        secret: TOKENS.signingSecret,
        headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' },
      });
      expect(ack).toMatchObject({ status: 200, text: '' });
    }
    await harness.bot.idle();
    const replies = harness.fake.calls.slice(before).filter((call) => call.method === 'chat.postMessage');
    expect(replies).toHaveLength(1);
    expect(
      harness
        .logs()
        .filter((line) => line.event === 'duplicate-delivery')
        .map((line) => line.id),
    ).toContain(`event:${callback.event_id}`);
  });

  it('answers a replayed signed /ask once', async () => {
    const body = slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', user: 'U0REPLAY', responseUrl: harness.fake.responseUrl('replayed') });
    const timestamp = now();
    for (let i = 0; i < 3; i++) expect((await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret, timestamp })).status).toBe(200);
    await harness.bot.idle();
    expect(harness.fake.responses.filter((post) => post.id === 'replayed')).toHaveLength(1);
  });

  it('refuses a request signed more than 5 minutes in the future, or in the past', async () => {
    const body = slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('future') });
    expect((await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret, timestamp: now() + 3600 })).status).toBe(401);
    expect((await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret, timestamp: now() + 10 ** 6 * 365 * 86_400 })).status).toBe(401);
    expect((await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret, timestamp: now() - 3600 })).status).toBe(401);
    await harness.bot.idle();
    expect(harness.fake.responses.filter((post) => post.id === 'future')).toEqual([]);
  });

  it('refuses an unsigned 4 MB POST before its body is sent', async () => {
    const { socket, reply } = sendHead(eventsHead({ 'content-length': String(4 * 2 ** 20) }));
    try {
      expect((await reply).split('\r\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
    } finally {
      socket.destroy();
    }
  });

  it('refuses a signed-looking body announced over 256 KiB before it is sent', async () => {
    const { socket, reply } = sendHead(
      eventsHead({
        'content-length': String(4 * 2 ** 20),
        'x-slack-request-timestamp': String(now()),
        'x-slack-signature': slackSignature('not-the-secret', now(), ''),
      }),
    );
    try {
      expect((await reply).split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    } finally {
      socket.destroy();
    }
  });

  it('reads at most 4 (here) bodies before their signature is checked; the next gets 503 unread', async () => {
    const headers = { 'content-length': '1000', 'x-slack-request-timestamp': String(now()), 'x-slack-signature': slackSignature('not-the-secret', now(), '') };
    const stalled = Array.from({ length: 4 }, () => sendHead(eventsHead(headers)));
    const extra = sendHead(eventsHead(headers));
    try {
      expect((await extra.reply).split('\r\n')[0]).toBe('HTTP/1.1 503 Service Unavailable');
    } finally {
      for (const { socket } of [...stalled, extra]) socket.destroy();
    }
    // Once those went away, a real request is read and answered again (the server sees the closes a moment later).
    const body = slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('after-flood') });
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret })).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(200);
  });
});

describe('stopping the Slack bot over HTTP', () => {
  it('answers /healthz 503 while draining, and stops despite 50 stalled sockets', async () => {
    const own = await startHarness();
    const port = Number(new URL(own.baseUrl).port);
    const stalled = Array.from({ length: 50 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      return socket;
    });
    try {
      own.fake.responseDelayMs = 500;
      const body = slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: own.fake.responseUrl('draining') });
      expect((await postToApp(own.eventsUrl, body, { secret: TOKENS.signingSecret })).status).toBe(200);
      await own.fake.waitFor('the answer in flight', () => own.fake.responses.find((post) => post.id === 'draining'));
      const stopped = own.bot.stop();
      const health = await fetch(`${own.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) });
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'stopping', articles: 1 });
      await stopped;
      expect(own.fake.responses.find((post) => post.id === 'draining')!.delivered).toBe(true);
      await Promise.all(stalled.map((socket) => (socket.closed ? undefined : new Promise((resolve) => socket.once('close', resolve)))));
    } finally {
      for (const socket of stalled) socket.destroy();
      await own.fake.close();
    }
  });
});
