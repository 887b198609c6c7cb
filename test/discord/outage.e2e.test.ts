import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from './fakeDiscord.ts';
import { BACKLOGGED_MS, sendAsk, sendMessage, shownText, startBotOnFake, type BotOnFake } from './harness.ts';

/** What a reply to "Wer ist der NATO-Generalsekretär?" leads with, as its embed shows it (see `shownText`). */
const RUTTE_LEAD = /^(?:\*\*Mark Rutte\*\*|> Der NATO-Generalsekretär Mark Rutte betonte)/m;
/** The longest platform outage the bot must ride out without losing an answer (the window). */
const OUTAGE_MS = 10_000;
/** Questions asked during each outage. */
const ASKED = 40;

let running: BotOnFake;
beforeAll(async () => {
  running = await startBotOnFake({ logLevel: 'info' });
});
afterAll(() => running?.close());

/** A request Discord took: the fake answered it with the message it made. */
const delivered = (request: RecordedRequest) => typeof request.response === 'object' && request.response !== null && 'id' in request.response;

/** Waits until every one of `routes` took a PATCH or POST, checks that each was refused first, and returns those requests. */
async function deliveredTo(routes: string[], what: string) {
  const { fake } = running;
  const taken = await Promise.all(
    routes.map((route) =>
      fake.waitForRequest((request) => request.method !== 'GET' && request.route === route && delivered(request), what, { timeoutMs: OUTAGE_MS + 20_000 }),
    ),
  );
  expect(routes.filter((route) => !fake.requests.some((request) => request.route === route && request.method !== 'GET' && !delivered(request)))).toEqual([]);
  return taken;
}

// Each test fails its own routes, so they run side by side.
describe.concurrent(`answers that survive ${OUTAGE_MS / 1000} s of Discord REST errors`, () => {
  it(`edits in all ${ASKED} deferred /ask answers through ${OUTAGE_MS / 1000} s of 503 on their webhooks`, async () => {
    const { fake } = running;
    const asked = Array.from({ length: ASKED }, () => sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - BACKLOGGED_MS }));
    const edits = asked.map(({ interaction }) => `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
    fake.failFor((request) => edits.includes(request.route), OUTAGE_MS, 503);
    const edited = await deliveredTo(edits, 'every edit after the outage');
    expect(edited.map((request) => shownText(request.body))).toEqual(edits.map(() => expect.stringMatching(RUTTE_LEAD)));
  });

  it(`edits in all ${ASKED} deferred /ask answers through ${OUTAGE_MS / 1000} s of 429 with Retry-After: 5`, async () => {
    const { fake } = running;
    const asked = Array.from({ length: ASKED }, () => sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - BACKLOGGED_MS }));
    const edits = asked.map(({ interaction }) => `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
    fake.failFor((request) => edits.includes(request.route), OUTAGE_MS, 429, {
      headers: { 'retry-after': '5' },
      body: { message: 'You are being rate limited.', retry_after: 5, global: false },
    });
    const edited = await deliveredTo(edits, 'every edit after the rate limit');
    expect(edited.map((request) => shownText(request.body))).toEqual(edits.map(() => expect.stringMatching(RUTTE_LEAD)));
  });

  it(`replies to every mention through ${OUTAGE_MS / 1000} s of 503 on the channel`, async () => {
    const { fake } = running;
    const route = `/channels/${fake.guild.channelId}/messages`;
    fake.failFor((request) => request.route === route, OUTAGE_MS, 503);
    const messages = Array.from({ length: 5 }, () => sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] }));
    const replies = await Promise.all(
      messages.map((message) =>
        fake.waitForRequest((request) => request.body?.message_reference?.message_id === message.id && delivered(request), 'the reply after the outage', {
          timeoutMs: OUTAGE_MS + 20_000,
        }),
      ),
    );
    expect(replies.map((request) => shownText(request.body))).toEqual(messages.map(() => expect.stringMatching(RUTTE_LEAD)));
  });
});
