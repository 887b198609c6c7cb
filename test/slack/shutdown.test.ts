import { describe, expect, it } from 'vitest';
import { startHarness, TOKENS } from './harness.ts';
import { slashCommandBody } from './payloads.ts';
import { postToApp } from './sign.ts';

describe('stopping the Slack bot', () => {
  it('finishes answers in flight, tells new askers it is restarting, then closes the port', async () => {
    const harness = await startHarness();
    try {
      harness.fake.responseDelayMs = 300;
      const ask = (id: string) =>
        postToApp(
          harness.eventsUrl,
          slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', user: `U0${id.toUpperCase()}`, responseUrl: harness.fake.responseUrl(id) }),
          { secret: TOKENS.signingSecret },
        );
      expect((await ask('before')).status).toBe(200);
      const inFlight = await harness.fake.waitFor('the answer in flight', () => harness.fake.responses.find((post) => post.id === 'before'));
      expect(inFlight.delivered).toBe(false);

      const stopped = harness.bot.stop();
      expect((await ask('during')).status).toBe(200);
      await stopped;

      expect(inFlight.delivered).toBe(true);
      expect((inFlight.body.blocks as { text?: { text: string } }[])[1]!.text!.text).toMatch(
        /^(?:\*Mark Rutte\*|> Der NATO-Generalsekretär Mark Rutte betonte)/,
      );
      const notice = harness.fake.responses.find((post) => post.id === 'during')!;
      expect(notice).toMatchObject({
        delivered: true,
        body: { response_type: 'ephemeral', text: 'Der Bot startet gerade neu. Bitte frag gleich noch einmal.' },
      });
      await expect(ask('after')).rejects.toThrow();
      expect(harness.logs().filter((line) => line.event === 'shutdown-unfinished')).toEqual([]);
    } finally {
      await harness.fake.close();
    }
  });

  it('closes the Socket Mode connection', async () => {
    const harness = await startHarness({ mode: 'socket' });
    try {
      await harness.fake.socketConnected();
      await harness.bot.stop();
      await harness.fake.waitFor('the socket to close', () => (harness.fake.openSockets === 0 ? true : undefined));
    } finally {
      await harness.fake.close();
    }
  });
});
