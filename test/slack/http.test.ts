import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, encodeFeedbackValue } from '../../adapters/slack/actions.ts';
import { loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { bundledEngine, startHarness, TOKENS, type Harness } from './harness.ts';
import { blockActionBody, directMessageEvent, eventCallback, mentionEvent, nextTs, slashCommandBody, threadMessageEvent } from './payloads.ts';
import { postToApp } from './sign.ts';

/** What a reply to "Wer ist der NATO-Generalsekretär?" leads with: the short answer if the engine vouches for it, else the sentence. */
const RUTTE_LEAD = /^(?:\*Mark Rutte\*|> Der NATO-Generalsekretär Mark Rutte betonte)/;
const TRUMP_LEAD = /^(?:\*Donald Trump\*|> Diese Ankündigung erfolgt .*Donald Trump)/;

const RUTTE_SENTENCE = /^> Der NATO-Generalsekretär Mark Rutte betonte während einer kürzlichen Pressekonferenz in Brüssel/;
let harness: Harness;
let ids = 0;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Posts a signed /ask and returns the ack and the message the app sent to its response_url. */
async function ask(text: string, user = `U0HTTP${ids}`) {
  const id = `ask-${ids++}`;
  const ack = await postToApp(harness.eventsUrl, slashCommandBody({ text, user, responseUrl: harness.fake.responseUrl(id) }), { secret: TOKENS.signingSecret });
  const response = await harness.fake.waitFor(`the answer to /ask ${id}`, () => harness.fake.responses.find((post) => post.id === id));
  return {
    ack,
    body: response.body as { response_type?: string; text: string; blocks?: { type: string; text?: { text: string }; elements?: { text?: string }[] }[] },
  };
}

/** Posts a signed event and waits until the app has fully handled it. */
async function sendEvent(event: Record<string, unknown>) {
  const before = harness.fake.calls.length;
  const ack = await postToApp(harness.eventsUrl, JSON.stringify(eventCallback(event)), { secret: TOKENS.signingSecret });
  await harness.bot.idle();
  return { ack, calls: harness.fake.calls.slice(before) };
}

/** Every text Slack shows for a message: the fallback, sections and context lines. */
function renderedTexts(body: { text: string; blocks?: { type: string; text?: { text: string }; elements?: { text?: string }[] }[] }): string[] {
  const texts = [body.text];
  for (const block of body.blocks ?? []) {
    if (block.type === 'section') texts.push(block.text!.text);
    if (block.type === 'context') texts.push(...block.elements!.map((element) => element.text!));
  }
  return texts;
}

const sectionTexts = (blocks: { type: string; text?: { text: string } }[] = []) =>
  blocks.filter((block) => block.type === 'section').map((block) => block.text!.text);

describe('the Slack app over HTTP (real Bolt, fake Slack)', () => {
  it('answers /ask "Wer ist der NATO-Generalsekretär?" with Mark Rutte, ephemerally, after an empty ack', async () => {
    const { ack, body } = await ask('Wer ist der NATO-Generalsekretär?');
    expect(ack).toMatchObject({ status: 200, text: '' });
    expect(body.response_type).toBe('ephemeral');
    const sections = sectionTexts(body.blocks);
    expect(sections[0]).toMatch(RUTTE_LEAD);
    expect(sections.find((text) => text.startsWith('> '))).toMatch(RUTTE_SENTENCE);
    expect(JSON.stringify(body.blocks)).toMatch(
      /Quelle: NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine, Absatz 4 · Konfidenz \d+ %/,
    );
    expect(body.text).toMatch(/^(?:Mark Rutte — )?„Der NATO-Generalsekretär Mark Rutte betonte/);
  });

  it('answers an empty /ask with usage', async () => {
    const { body } = await ask('   ');
    expect(body.text).toBe(
      '*So fragst du:* `/ask <Frage>`, z. B. `/ask Wer ist der NATO-Generalsekretär?` Ich antworte kurz, zitiere den Satz und nenne Artikel und Absatz.\n' +
        '*How to ask:* `/ask <question>`, e.g. `/ask Who is the NATO Secretary General?` I answer briefly, quote the sentence and name the article and paragraph.',
    );
  });

  it('says "the article does not say" to an unanswerable question', async () => {
    const { body } = await ask('Wie wird das Wetter morgen?');
    expect(sectionTexts(body.blocks)).toEqual(['Dazu steht nichts im Artikel.']);
  });

  it('declines a 4,000-character question with the too-long message and echoes only the start of it', async () => {
    const { body } = await ask(`Wer ist der NATO-Generalsekretär ${'und '.repeat(992)}?`);
    expect(sectionTexts(body.blocks)).toEqual(['Die Frage ist zu lang (höchstens 1000 Zeichen). Bitte kürzer fragen.']);
    const echo = body.blocks![0]!.elements![0]!.text!;
    expect(echo.startsWith('Deine Frage: _Wer ist der NATO-Generalsekretär und und')).toBe(true);
    expect(echo.length).toBeLessThan(340);
  });

  it('never lets <!channel>, <!here> or <@U…> from a question ping anyone', async () => {
    // Slack sends a typed @channel as <!channel>, and a literally typed "<!here>" escaped.
    const { body } = await ask('<!channel> &lt;!here&gt; &lt;@U0BOSS&gt; Wer ist der NATO-Generalsekretär?');
    expect(body.blocks![0]!.elements![0]!.text).toBe('Deine Frage: _&lt;!here&gt; &lt;@U0BOSS&gt; Wer ist der NATO-Generalsekretär?_');
    // Button values are never rendered; everything that is shown must be escaped.
    for (const text of renderedTexts(body)) expect(text).not.toMatch(/<!|<@/);
  });

  it('answers an @mention in the thread of the message', async () => {
    const ts = nextTs();
    const { ack, calls } = await sendEvent(mentionEvent({ text: '<@U0BOT> Wer leitet die Friedensbemühungen?', ts }));
    expect(ack.status).toBe(200);
    expect(calls.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(calls[0]!.body).toMatchObject({ channel: 'C0NEWS', thread_ts: ts });
    expect(sectionTexts(calls[0]!.body.blocks as never)[0]).toMatch(TRUMP_LEAD);
  });

  it('answers an @mention inside a thread in that thread', async () => {
    const parent = nextTs();
    const { calls } = await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', threadTs: parent }));
    expect(calls[0]!.body).toMatchObject({ channel: 'C0NEWS', thread_ts: parent });
  });

  describe('follow-ups in a thread the bot answered in', () => {
    const UNDERSTOOD = 'Verstanden als: _Wo hat Mark Rutte die Pressekonferenz gegeben?_';
    const contexts = (blocks: { type: string; elements?: { text?: string }[] }[] = []) =>
      blocks.filter((block) => block.type === 'context').flatMap((block) => block.elements!.map((element) => element.text));

    it('answers a follow-up without a mention in the thread, with the thread as context', async () => {
      const parent = nextTs();
      await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', ts: parent, user: 'U0FOLLOW1' }));
      const { calls } = await sendEvent(threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: parent, user: 'U0OTHERASKER' }));
      expect(calls.map((call) => call.method)).toEqual(['chat.postMessage']);
      expect(calls[0]!.body).toMatchObject({ channel: 'C0NEWS', thread_ts: parent });
      expect(contexts(calls[0]!.body.blocks as never)).toContain(UNDERSTOOD);
      expect(JSON.stringify(calls[0]!.body.blocks)).toContain('Pressekonferenz in Brüssel');
    });

    it("answers the issue's conversation in one thread, the follow-ups without a mention", async () => {
      const parent = nextTs();
      const asked = [
        ['<@U0BOT> Wie viel Geld gab es 2024 für die Ukraine?', '50 Milliarden'],
        ['und 2025?', '20 Milliarden'],
        ['Wer ist der NATO-Generalsekretär?', 'Mark Rutte'],
        ['Wo hat er die Pressekonferenz gegeben?', 'Brüssel'],
      ] as const;
      const leads: string[] = [];
      for (const [i, [text]] of asked.entries()) {
        const event = i === 0 ? mentionEvent({ text, ts: parent, user: 'U0CONVERSE' }) : threadMessageEvent({ text, threadTs: parent, user: 'U0CONVERSE' });
        const { calls } = await sendEvent(event);
        expect(calls.map((call) => call.method)).toEqual(['chat.postMessage']);
        expect(calls[0]!.body).toMatchObject({ thread_ts: parent });
        leads.push(sectionTexts(calls[0]!.body.blocks as never)[0]!);
      }
      expect(leads).toEqual(asked.map(([, expected]) => expect.stringContaining(expected)));
    });

    it('answers follow-ups in a private channel thread and in a DM too', async () => {
      const parent = nextTs();
      await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', ts: parent, channel: 'G0PRIVATE', user: 'U0FOLLOW2' }));
      const inGroup = await sendEvent(
        threadMessageEvent({
          text: 'Wo hat er die Pressekonferenz gegeben?',
          threadTs: parent,
          channel: 'G0PRIVATE',
          channelType: 'group',
          user: 'U0GROUPFOLLOW',
        }),
      );
      expect(contexts(inGroup.calls[0]!.body.blocks as never)).toContain(UNDERSTOOD);
      await sendEvent(directMessageEvent({ text: 'Wer ist der NATO-Generalsekretär?', user: 'U0DMFOLLOW', channel: 'D0FOLLOW' }));
      const inDm = await sendEvent(directMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', user: 'U0DMFOLLOW', channel: 'D0FOLLOW' }));
      expect(contexts(inDm.calls[0]!.body.blocks as never)).toContain(UNDERSTOOD);
    });

    it('ignores a message in a thread the bot never answered in', async () => {
      const { ack, calls } = await sendEvent(threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: nextTs() }));
      expect(ack.status).toBe(200);
      expect(calls).toEqual([]);
    });

    it('ignores messages there that mention someone else, bot messages and edits', async () => {
      const parent = nextTs();
      const answered = await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', ts: parent, user: 'U0FOLLOW3' }));
      expect(answered.calls.map((call) => call.method)).toEqual(['chat.postMessage']);
      const ignored = [
        threadMessageEvent({ text: '<@U0COLLEAGUE> Wo hat er die Pressekonferenz gegeben?', threadTs: parent }),
        threadMessageEvent({ text: '<!here> Wo hat er die Pressekonferenz gegeben?', threadTs: parent }),
        threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: parent, extra: { bot_id: 'B0OTHER' } }),
        threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: parent, extra: { subtype: 'message_changed' } }),
        threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: parent, user: 'U0BOT' }),
      ];
      for (const event of ignored) expect((await sendEvent(event)).calls).toEqual([]);
    });

    it('forgets a thread after THREAD_FOLLOWUP_HOURS', async () => {
      const short = await startHarness({ threadFollowUpHours: 0.5 / 3_600_000 });
      try {
        const parent = nextTs();
        await postToApp(
          short.eventsUrl,
          JSON.stringify(eventCallback(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', ts: parent, user: 'U0FOLLOW4' }))),
          { secret: TOKENS.signingSecret },
        );
        await short.bot.idle();
        expect(short.fake.calls.map((call) => call.method)).toContain('chat.postMessage');
        const before = short.fake.calls.length;
        await new Promise((resolve) => setTimeout(resolve, 20));
        await postToApp(
          short.eventsUrl,
          JSON.stringify(eventCallback(threadMessageEvent({ text: 'Wo hat er die Pressekonferenz gegeben?', threadTs: parent }))),
          { secret: TOKENS.signingSecret },
        );
        await short.bot.idle();
        expect(short.fake.calls.slice(before)).toEqual([]);
      } finally {
        await short.stop();
      }
    });

    it('answers a mention in a thread it answered in once, though Slack sends it as app_mention and as message', async () => {
      const parent = nextTs();
      await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', ts: parent, user: 'U0FOLLOW5' }));
      const ts = nextTs();
      const text = '<@U0BOT> Wo hat er die Pressekonferenz gegeben?';
      const asMention = await sendEvent(mentionEvent({ text, ts, threadTs: parent, user: 'U0ONCE' }));
      const asMessage = await sendEvent(threadMessageEvent({ text, ts, threadTs: parent, user: 'U0ONCE' }));
      expect([...asMention.calls, ...asMessage.calls].map((call) => call.method)).toEqual(['chat.postMessage']);
      expect(contexts(asMention.calls[0]!.body.blocks as never)).toContain(UNDERSTOOD);
    });

    it('shares a /ask follow-up as the question it was read as', async () => {
      await ask('Wer ist der NATO-Generalsekretär?', 'U0SHARER');
      const { body } = await ask('Wo hat er die Pressekonferenz gegeben?', 'U0SHARER');
      const share = (body.blocks ?? [])
        .flatMap((block) => (block as { elements?: Array<{ action_id?: string; value?: string }> }).elements ?? [])
        .find((element) => element.action_id === ACTION_IDS.share);
      expect(share?.value).toBe('Wo hat Mark Rutte die Pressekonferenz gegeben?');
    });

    it("reads a /ask follow-up against the same user's last /ask in the channel, not another user's", async () => {
      await ask('Wer ist der NATO-Generalsekretär?', 'U0ASKFOLLOW');
      const same = await ask('Wo hat er die Pressekonferenz gegeben?', 'U0ASKFOLLOW');
      expect(contexts(same.body.blocks as never)).toContain(UNDERSTOOD);
      const other = await ask('Wo hat er die Pressekonferenz gegeben?', 'U0ASKSTRANGER');
      expect(JSON.stringify(other.body.blocks)).not.toContain('Verstanden als');
    });
  });

  it('answers a direct message in the DM', async () => {
    const { calls } = await sendEvent(directMessageEvent({ text: 'Who is the NATO Secretary General?', user: 'U0DM' }));
    expect(calls.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(calls[0]!.body.channel).toBe('D0DIRECT');
    expect(calls[0]!.body.thread_ts).toBeUndefined();
    expect(sectionTexts(calls[0]!.body.blocks as never)[0]).toContain('Mark Rutte');
  });

  it('ignores bot messages, edits and its own messages', async () => {
    const ignored = [
      directMessageEvent({ text: 'Wer ist der NATO-Generalsekretär?', extra: { bot_id: 'B0OTHER' } }),
      directMessageEvent({ text: 'Wer ist der NATO-Generalsekretär?', extra: { subtype: 'message_changed' } }),
      directMessageEvent({ text: 'Wer ist der NATO-Generalsekretär?', user: 'U0BOT' }),
      mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', extra: { edited: { user: 'U0ASKER', ts: nextTs() } } }),
    ];
    for (const event of ignored) {
      const { ack, calls } = await sendEvent(event);
      expect(ack.status).toBe(200);
      expect(calls).toEqual([]);
    }
  });

  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({ token: 'legacy-verification-token', challenge: 'c7f3a9', type: 'url_verification' });
    const reply = await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ challenge: 'c7f3a9' });
  });

  it('shares an /ask answer in the channel when "Im Kanal teilen" is clicked', async () => {
    const id = `share-${ids++}`;
    const click = blockActionBody({
      actionId: ACTION_IDS.share,
      value: 'Wer ist der NATO-Generalsekretär?',
      user: 'U0SHARER',
      responseUrl: harness.fake.responseUrl(id),
    });
    const ack = await postToApp(harness.eventsUrl, click, { secret: TOKENS.signingSecret });
    expect(ack).toMatchObject({ status: 200, text: '' });
    await harness.bot.idle();
    const posts = harness.fake.responses.filter((post) => post.id === id).map((post) => post.body);
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = posts[0]!.blocks as { type: string; elements?: { text?: string }[] }[];
    expect(blocks[0]!.elements![0]!.text).toBe('<@U0SHARER> fragte: _Wer ist der NATO-Generalsekretär?_');
    expect(sectionTexts(blocks as never)[0]).toMatch(RUTTE_LEAD);
    expect(posts[1]).toEqual({ delete_original: true });
  });

  it('offers the passages of an unsure /ask reply as buttons; a click shows that passage as the answer', async () => {
    const { body } = await ask('Wer ist der Präsident der Ukraine?');
    const shows = (body.blocks ?? []).find((block) => block.type === 'actions' && (block as { block_id?: string }).block_id === 'suggestion_actions') as
      { elements: Array<{ action_id: string; value: string }> } | undefined;
    expect(shows?.elements.length).toBeGreaterThan(0);
    const [first] = shows!.elements;
    const id = `show-${ids++}`;
    await postToApp(harness.eventsUrl, blockActionBody({ actionId: first!.action_id, value: first!.value, responseUrl: harness.fake.responseUrl(id) }), {
      secret: TOKENS.signingSecret,
    });
    const shown = await harness.fake.waitFor(`the passage for ${id}`, () => harness.fake.responses.find((post) => post.id === id));
    const passage = JSON.parse(first!.value).p as string;
    expect(shown.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(sectionTexts((shown.body as { blocks: never }).blocks)).toEqual([`> ${passage}`]);
  });

  it('records a 👍 click as one JSON line in the feedback file and thanks the user', async () => {
    const id = `vote-${ids++}`;
    const value = encodeFeedbackValue({
      question: 'Wer ist der NATO-Generalsekretär?',
      answer: 'Mark Rutte',
      source: { articleId: 'article.de', paragraph: 4, sentence: 1 },
    });
    const ack = await postToApp(harness.eventsUrl, blockActionBody({ actionId: ACTION_IDS.helpful, value, responseUrl: harness.fake.responseUrl(id) }), {
      secret: TOKENS.signingSecret,
    });
    expect(ack.status).toBe(200);
    await harness.bot.idle();
    const lines = readFileSync(harness.feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual(['time', 'platform', 'question', 'answer', 'source', 'vote']);
    expect(lines[0]).toMatchObject({
      platform: 'slack',
      question: 'Wer ist der NATO-Generalsekretär?',
      answer: 'Mark Rutte',
      source: { articleId: 'article.de', paragraph: 4, sentence: 1 },
      vote: 'up',
    });
    expect(Number.isNaN(Date.parse(lines[0].time))).toBe(false);
    expect(harness.fake.responses.find((post) => post.id === id)!.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Danke für die Rückmeldung!',
    });
  });

  describe('refuses requests Slack did not sign with 401, before any handler', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases = [
      { name: 'an unsigned', options: () => ({ secret: null }) },
      { name: 'a wrongly signed', options: () => ({ secret: '0123456789abcdef0123456789abcdef' }) },
      { name: 'a tampered', options: (body: string) => ({ secret: TOKENS.signingSecret, signedBody: body.replace('Generalsekret', 'Geheimsekret') }) },
      { name: 'a stale (signed over 5 minutes ago)', options: () => ({ secret: TOKENS.signingSecret, timestamp: now() - 301 }) },
    ];
    for (const { name, options } of cases) {
      it(`refuses ${name} /ask`, async () => {
        const id = `refused-${ids++}`;
        const user = `U0EVIL${ids}`;
        const body = slashCommandBody({ text: 'Wer ist der NATO-Generalsekretär?', user, responseUrl: harness.fake.responseUrl(id) });
        const reply = await postToApp(harness.eventsUrl, body, options(body));
        expect(reply.status).toBe(401);
        await harness.bot.idle();
        expect(harness.fake.responses.filter((post) => post.id === id)).toEqual([]);
        expect(harness.logs().filter((line) => line.event === 'question' && line.user === user)).toEqual([]);
      });
    }

    it("answers Slack's unsigned SSL check of the slash command URL with 200, and no handler runs", async () => {
      const before = harness.fake.calls.length;
      const reply = await postToApp(harness.eventsUrl, 'ssl_check=1&token=xyz', { secret: null });
      expect(reply.status).toBe(200);
      await harness.bot.idle();
      expect(harness.fake.calls.slice(before)).toEqual([]);
      expect((await postToApp(harness.eventsUrl, 'command=%2Fask&text=Hallo', { secret: null })).status).toBe(401);
    });

    it('refuses an unsigned event too', async () => {
      const before = harness.fake.calls.length;
      const reply = await postToApp(harness.eventsUrl, JSON.stringify(eventCallback(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?' }))), {
        secret: null,
      });
      expect(reply.status).toBe(401);
      await harness.bot.idle();
      expect(harness.fake.calls.slice(before)).toEqual([]);
    });
  });

  describe('answers a signed but malformed body with 400 and keeps answering', () => {
    const cases = [
      { name: 'payload=null', body: 'payload=null' },
      { name: 'a payload that is a number', body: 'payload=42' },
      { name: 'a payload that is not JSON', body: 'payload=%7Bnot%20json' },
      { name: 'a JSON body that is null', body: 'null', contentType: 'application/json' as const },
      { name: 'a JSON body that is not JSON', body: '{"type":', contentType: 'application/json' as const },
      { name: 'an empty form', body: '', contentType: 'application/x-www-form-urlencoded' as const },
    ];
    for (const { name, body, contentType } of cases) {
      it(`answers ${name} with 400`, async () => {
        const reply = await postToApp(harness.eventsUrl, body, { secret: TOKENS.signingSecret, contentType, timeoutMs: 5000 });
        expect(reply.status).toBe(400);
        await harness.bot.idle();
        expect(harness.logs().filter((line) => line.event === 'unhandled-rejection')).toEqual([]);
        const { body: answer } = await ask('Wer ist der NATO-Generalsekretär?');
        expect(sectionTexts(answer.blocks)[0]).toMatch(RUTTE_LEAD);
      });
    }
  });

  it('answers GET /healthz with 200 and the number of loaded articles', async () => {
    const response = await fetch(`${harness.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', articles: 1 });
  });

  it('answers the sixth /ask within 30 seconds with a short rate-limit notice', async () => {
    const user = 'U0EAGER';
    for (let i = 0; i < 5; i++) expect(sectionTexts((await ask('Wer ist der NATO-Generalsekretär?', user)).body.blocks)[0]).toMatch(RUTTE_LEAD);
    const { body } = await ask('Wer ist der NATO-Generalsekretär?', user);
    expect(body).toMatchObject({ response_type: 'ephemeral', text: 'Langsam bitte: höchstens 5 Fragen in 30 Sekunden. Frag gleich noch einmal.' });
    expect(sectionTexts((await ask('Wer ist der NATO-Generalsekretär?', 'U0PATIENT')).body.blocks)[0]).toMatch(RUTTE_LEAD);
  });

  it('tells an over-eager mentioner about the limit ephemerally, in the thread', async () => {
    const user = 'U0EAGERMENTION';
    for (let i = 0; i < 5; i++) await sendEvent(mentionEvent({ text: '<@U0BOT> Wer ist der NATO-Generalsekretär?', user }));
    const parent = nextTs();
    const { calls } = await sendEvent(mentionEvent({ text: '<@U0BOT> Who is the NATO Secretary General?', user, threadTs: parent }));
    expect(calls.map((call) => call.method)).toEqual(['chat.postEphemeral']);
    expect(calls[0]!.body).toMatchObject({
      channel: 'C0NEWS',
      user,
      thread_ts: parent,
      text: 'Easy there: at most 5 questions per 30 seconds. Please ask again in a moment.',
    });
  });

  it('answers from the engine a hot reload swapped in, and /healthz counts its articles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slack-knowledge-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Testland heute\n\nDie Hauptstadt von Testland ist Beispielstadt.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Wetter in Testland\n\nIn Testland regnet es im April besonders oft.\n');
    const before = await bundledEngine();
    harness.live.replace(createEngine(await loadKnowledge(dir)));
    try {
      expect(await (await fetch(`${harness.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) })).json()).toEqual({ status: 'ok', articles: 2 });
      const { body } = await ask('Was ist die Hauptstadt von Testland?');
      expect(sectionTexts(body.blocks)).toContain('> Die Hauptstadt von Testland ist Beispielstadt.');
    } finally {
      harness.live.replace(before);
    }
  });

  describe('when answering fails', () => {
    let working: Engine;
    beforeAll(async () => {
      working = await bundledEngine();
      harness.live.replace({
        articles: working.articles,
        ask: (question) => {
          if (question.includes('explode')) throw new Error('index corrupted');
          return working.ask(question);
        },
      });
    });
    afterAll(() => harness.live.replace(working));

    it('logs the error, apologises to the /ask user and keeps answering', async () => {
      const { ack, body } = await ask('What makes the engine explode?');
      expect(ack.status).toBe(200);
      expect(body).toEqual({ response_type: 'ephemeral', text: 'Sorry, something went wrong while answering. Please try again.' });
      const errors = harness.logs().filter((line) => line.event === 'handler-error');
      expect(errors.at(-1)).toMatchObject({ handler: 'ask', err: { message: 'index corrupted' } });
      expect(sectionTexts((await ask('Wer ist der NATO-Generalsekretär?')).body.blocks)[0]).toMatch(RUTTE_LEAD);
    });

    it('apologises to a mentioner ephemerally in the thread', async () => {
      const parent = nextTs();
      const { calls } = await sendEvent(mentionEvent({ text: '<@U0BOT> Why does it explode?', user: 'U0UNLUCKY', threadTs: parent }));
      expect(calls.map((call) => call.method)).toEqual(['chat.postEphemeral']);
      expect(calls[0]!.body).toMatchObject({ user: 'U0UNLUCKY', thread_ts: parent, text: 'Sorry, something went wrong while answering. Please try again.' });
    });
  });
});
