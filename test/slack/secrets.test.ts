import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodeFeedbackValue } from '../../adapters/slack/actions.ts';
import { bundledEngine, startHarness, TOKENS, type Harness } from './harness.ts';
import { blockActionBody, directMessageEvent, eventCallback, mentionEvent, slashCommandBody, slashCommandFields, socketEnvelope } from './payloads.ts';
import { postToApp } from './sign.ts';

const SECRETS = [TOKENS.bot, TOKENS.app, TOKENS.signingSecret];

/** Everything the app said: every log line and every message it posted (auth.test carries the token by design). */
function everythingSaid(harness: Harness): string {
  const messages = harness.fake.calls.filter((call) => call.method.startsWith('chat.')).map((call) => call.body);
  return [harness.logText(), JSON.stringify(harness.fake.responses), JSON.stringify(messages)].join('\n');
}

describe('tokens and the signing secret', () => {
  it('never appear in logs or replies over HTTP, even at trace level and on errors', async () => {
    const working = await bundledEngine();
    const harness = await startHarness({ logLevel: 'trace' });
    try {
      const post = (body: string, secret: string | null = TOKENS.signingSecret) => postToApp(harness.eventsUrl, body, { secret });
      await post(slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('s1') }));
      await post(JSON.stringify(eventCallback(mentionEvent({ text: '<@U0BOT> Wo findet der NATO-Gipfel statt?' }))));
      await post(JSON.stringify(eventCallback(directMessageEvent({ text: 'Who is the NATO Secretary General?' }))));
      await post(
        blockActionBody({
          actionId: ACTION_IDS.unhelpful,
          value: encodeFeedbackValue({ question: 'Wer?', answer: 'Rutte', source: null }),
          responseUrl: harness.fake.responseUrl('s2'),
        }),
      );
      await post(
        slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('s3') }),
        '0123456789abcdef0123456789abcdef',
      );
      harness.live.replace({
        articles: working.articles,
        ask: () => {
          throw new Error(`engine failed near ${TOKENS.bot}`);
        },
      });
      await post(slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('s4') }));
      await harness.bot.idle();
      await harness.fake.waitFor('the apology', () => harness.fake.responses.find((response) => response.id === 's4'));

      const said = everythingSaid(harness);
      // The capture did see Bolt's verbose Web API lines and the failure, so the check below means something.
      expect(said).toContain('http request url');
      expect(said).toContain('signature does not match');
      expect(said).toContain('engine failed near [redacted]');
      for (const secret of SECRETS) expect(said).not.toContain(secret);
    } finally {
      await harness.stop();
    }
  });

  it('never appear in logs or replies in Socket Mode, even at trace level', async () => {
    const harness = await startHarness({ mode: 'socket', logLevel: 'trace' });
    try {
      await harness.fake.socketConnected();
      await harness.fake.deliver(
        socketEnvelope('slash_commands', slashCommandFields({ text: 'Wer ist der NATO-Generalsekretär?', responseUrl: harness.fake.responseUrl('m1') })),
      );
      await harness.fake.deliver(socketEnvelope('events_api', eventCallback(mentionEvent({ text: '<@U0BOT> Wo findet der NATO-Gipfel statt?' }))));
      await harness.bot.idle();
      await harness.fake.waitFor('the /ask answer', () => harness.fake.responses.find((response) => response.id === 'm1'));

      const said = everythingSaid(harness);
      expect(said).toContain('apps.connections.open');
      for (const secret of SECRETS) expect(said).not.toContain(secret);
    } finally {
      await harness.stop();
    }
  });
});
