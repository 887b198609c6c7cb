import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUTTON_IDS } from '../../adapters/discord/format.ts';
import { answerOf, BACKLOGGED_MS, sendAsk, sendClick, sendCommand, sendMessage, shownText, startBotOnFake, type BotOnFake } from './harness.ts';

/** What a reply to "Wer ist der NATO-Generalsekretär?" leads with, as its embed shows it (see `shownText`). */
const RUTTE_LEAD = /^(?:\*\*Mark Rutte\*\*|> Der NATO-Generalsekretär Mark Rutte betonte)/m;

let running: BotOnFake;
beforeAll(async () => {
  running = await startBotOnFake({ logLevel: 'info' });
});
afterAll(() => running?.close());

/** A request the fake has answered with success. */
const taken = (request: { status?: number }) => request.status !== undefined && request.status < 400;

/** Fails an interaction's callback with 500 for 1 s, and returns the callback the fake then took. */
function callbackAfterOutage(interaction: { id: string; token: string }, what: string) {
  const { fake } = running;
  const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
  fake.failFor((request) => request.route === callback, 1000, 500);
  return fake.waitForRequest((request) => request.route === callback && taken(request), what, { timeoutMs: 10_000 });
}

// Each test fails its own routes, so they run side by side.
describe.concurrent('answers that survive Discord REST errors', () => {
  it('answers /ask once the interaction callback is back after 1 s of 500', async () => {
    const { interaction } = sendAsk(running.fake, 'Wer ist der NATO-Generalsekretär?');
    const answered = await callbackAfterOutage(interaction, 'the callback after the outage');
    expect(shownText(answered.body.data)).toMatch(RUTTE_LEAD);
  });

  it('thanks for a 👍 click once its callback is back after 1 s of 500', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?');
    await answerOf(fake, interaction);
    const thanked = await callbackAfterOutage(sendClick(fake, BUTTON_IDS.helpful, { interaction }), 'the thanks after the outage');
    expect(thanked.body.data.content).toBe('Danke für die Rückmeldung!');
  });

  it('answers /sources once its callback is back after 1 s of 500', async () => {
    const { interaction } = sendCommand(running.fake, 'sources', [], { locale: 'de' });
    const listed = await callbackAfterOutage(interaction, 'the list after the outage');
    expect(listed.body.data.content).toContain('NATO-Alliierten verpflichten sich');
  });

  it('edits in the answer of a deferred /ask after 3 s of 503 on the webhook', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - BACKLOGGED_MS });
    const edit = `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`;
    fake.failFor((request) => request.route === edit, 3000, 503);
    const edited = await fake.waitForRequest((request) => request.method === 'PATCH' && request.route === edit && taken(request), 'the edit after the outage', {
      timeoutMs: 15_000,
    });
    expect(shownText(edited.body)).toMatch(RUTTE_LEAD);
  });

  it('edits in the answer of a deferred /ask through 3 s of 429 with Retry-After: 1', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - BACKLOGGED_MS });
    const edit = `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`;
    fake.failFor((request) => request.route === edit, 3000, 429, {
      headers: { 'retry-after': '1' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const edited = await fake.waitForRequest(
      (request) => request.method === 'PATCH' && request.route === edit && taken(request),
      'the edit after the rate limit',
      { timeoutMs: 15_000 },
    );
    expect(shownText(edited.body)).toMatch(RUTTE_LEAD);
  });

  it('replies to a mention after 3 s of 503 on the channel', async () => {
    const { fake } = running;
    const route = `/channels/${fake.guild.channelId}/messages`;
    fake.failFor((request) => request.route === route, 3000, 503);
    const message = sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] });
    const reply = await fake.waitForRequest(
      (request) => request.body?.message_reference?.message_id === message.id && taken(request),
      'the reply after the outage',
      { timeoutMs: 15_000 },
    );
    expect(shownText(reply.body)).toMatch(RUTTE_LEAD);
  });

  it('logs the interaction id when the answer finally cannot be sent', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - 1000 });
    const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
    fake.failFor((request) => request.route === callback, 10_000, 500);
    const logs = () =>
      running
        .log()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // Polled: after the last request nothing happens on the fake that its own waitFor would see.
    await vi.waitFor(() => expect(logs().some((line) => line.event === 'apology-failed' && line.interaction === interaction.id)).toBe(true), {
      timeout: 10_000,
      interval: 100,
    });
    expect(logs().find((line) => line.event === 'handler-error' && line.interaction === interaction.id)).toMatchObject({
      handler: 'interaction',
      command: 'ask',
      error: expect.objectContaining({ status: 500 }),
    });
  });
});
