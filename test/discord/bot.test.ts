import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import type { ConversationContext } from '../../src/question/followUp.ts';
import { createLiveEngine, type LiveEngine } from '../../adapters/common/liveEngine.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createDiscordBot } from '../../adapters/discord/bot.ts';
import { existsSync, readFileSync } from 'node:fs';
import { BUTTON_IDS } from '../../adapters/discord/format.ts';
import { isEphemeral } from './fakeDiscord.ts';
import {
  answerOf,
  BACKLOGGED_MS,
  openThread,
  sendClick,
  bundledEngine,
  callbackOf,
  dmPlace,
  editOf,
  replyOf,
  sendAsk,
  sendCommand,
  sendMessage,
  shownText,
  startBotOnFake,
  TEST_TOKEN,
  type BotOnFake,
} from './harness.ts';
import { fakeUser, snowflake } from './payloads.ts';

/** The quoted sentence that answers "Wer ist der NATO-Generalsekretär?": the engine leads with it unless it vouches for a short answer. */
const RUTTE_LEAD = /^(?:\*\*Mark Rutte\*\*|> Der NATO-Generalsekretär Mark Rutte betonte)/;
/** The quoted sentence of a Discord answer (the block-quote line), wherever it stands. */
const quoteOf = (content: string) => content.split('\n').find((line) => line.startsWith('> ')) ?? '';
const TRUMP_LEAD = /^(?:\*\*Donald Trump\*\*|> Diese Ankündigung erfolgt .*Donald Trump)/;

const NO_PINGS = { parse: [], replied_user: false };
const SOURCE_DE = /^NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine, Absatz (\d+) · Konfidenz \d+ %$/;
const SOURCE_EN = /^NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine, paragraph (\d+) · confidence \d+ %$/;
const RUTTE_QUOTE = '> Der NATO-Generalsekretär Mark Rutte betonte während einer kürzlichen Pressekonferenz in Brüssel';

/** An engine that fails on questions containing 💥, as a bug in the core would. */
function explodingOn(live: LiveEngine): LiveEngine {
  return {
    current() {
      const engine = live.current();
      return {
        articles: engine.articles,
        ask(question: string, context?: ConversationContext) {
          if (question.includes('💥 token')) throw new Error(`engine failed while holding ${TEST_TOKEN}`);
          if (question.includes('💥')) throw new Error('engine failed');
          return engine.ask(question, context);
        },
      };
    },
    replace: (engine) => live.replace(engine),
  };
}

let running: BotOnFake;
let live: LiveEngine;

beforeAll(async () => {
  live = createLiveEngine(await bundledEngine());
  running = await startBotOnFake({ live: explodingOn(live), logLevel: 'trace' });
});
afterAll(() => running?.close());

const lines = (content: string) => content.split('\n');

describe('/ask', () => {
  it('answers /ask "Wer ist der NATO-Generalsekretär?" with Mark Rutte in one immediate reply', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?');
    const { body } = await callbackOf(fake, interaction);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(body)).toBe(false);
    const [question, answer] = lines(shownText(body.data));
    expect([question, answer]).toEqual(['Frage: Wer ist der NATO-Generalsekretär?', expect.stringMatching(RUTTE_LEAD)]);
    expect(quoteOf(shownText(body.data)).startsWith(RUTTE_QUOTE)).toBe(true);
    expect(lines(shownText(body.data)).at(-1)!.match(SOURCE_DE)?.[1]).toBe('4');
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
  });

  it("echoes a 100,000-backtick /ask cut to the embed author's 256 characters, and answers the next user", async () => {
    const { fake } = running;
    const flood = sendAsk(fake, '`'.repeat(100_000)).interaction;
    const next = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?').interaction;
    // The question stands in the embed's author line, plain text cut to Discord's 256 characters.
    expect(lines(shownText((await callbackOf(fake, flood)).body.data))[0]).toBe(`Frage: ${'`'.repeat(248)}…`);
    expect(shownText((await callbackOf(fake, next)).body.data)).toMatch(new RegExp(RUTTE_LEAD.source, 'm'));
  });

  it('defers publicly, then edits in the answer, when the /ask is already 2 s old (a backlogged bot)', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { createdAt: Date.now() - BACKLOGGED_MS });
    expect((await callbackOf(fake, interaction)).body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
    const { body } = await editOf(fake, interaction);
    expect(lines(shownText(body)).slice(0, 2)).toEqual(['Frage: Wer ist der NATO-Generalsekretär?', expect.stringMatching(RUTTE_LEAD)]);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('answers /ask privately (ephemeral) when private is true, both at once and after a deferral', async () => {
    const { fake } = running;
    const now = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { private: true }).interaction;
    const reply = await callbackOf(fake, now);
    expect(isEphemeral(reply.body)).toBe(true);
    expect(lines(shownText(reply.body.data))[1]).toMatch(RUTTE_LEAD);
    const late = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { private: true, createdAt: Date.now() - BACKLOGGED_MS }).interaction;
    const deferral = await callbackOf(fake, late);
    expect(deferral.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(isEphemeral(deferral.body)).toBe(true);
    expect(lines(shownText((await editOf(fake, late)).body))[1]).toMatch(RUTTE_LEAD);
  });

  it('answers /frage from a German client ("Wie viel Geld haben die NATO-Alliierten 2024 …?") with etwa 50 Milliarden Euro from paragraph 7', async () => {
    const { fake } = running;
    // Discord sends the base names (ask, question) whichever localised name the user typed.
    const { interaction } = sendAsk(fake, 'Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?', { locale: 'de' });
    const [, answer, , source] = lines((await answerOf(fake, interaction)).content);
    expect(answer).toBe('**etwa 50 Milliarden Euro**');
    expect(source!.match(SOURCE_DE)?.[1]).toBe('7');
  });

  it('says "The article does not say." to /ask "What will the weather be like tomorrow?"', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'What will the weather be like tomorrow?');
    expect((await answerOf(fake, interaction)).content).toBe('Question: What will the weather be like tomorrow?\nThe article does not say.');
  });

  it('declines a 4,000-character /ask with the too-long message and shows at most 256 characters of it', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Who is the NATO Secretary General? '.repeat(115).slice(0, 4000));
    const { content, body } = await answerOf(fake, interaction);
    expect(lines(content)[1]).toBe('That question is too long (at most 1000 characters). Please ask a shorter one.');
    expect(Array.from(body.embeds[0].author.name as string).length).toBeLessThanOrEqual(256);
  });

  it('echoes "@everyone <@&role> …" harmlessly and sends it with allowed_mentions.parse = []', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, '@everyone <@&123456789012345678> Wer ist der NATO-Generalsekretär?');
    const { body, content } = await answerOf(fake, interaction);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(lines(content).slice(0, 2)).toEqual([
      'Frage: @\u200beveryone <\u200b@&123456789012345678> Wer ist der NATO-Generalsekretär?',
      expect.stringMatching(RUTTE_LEAD),
    ]);
  });

  it('asks the live engine for every question, so reloaded articles answer at once', async () => {
    const { fake } = running;
    const bundled = live.current();
    live.replace(createEngine({ articles: [{ id: 'test', title: 'Testartikel', paragraphs: ['Die Hauptstadt von Testland ist Beispielstadt.'] }] }));
    try {
      const { interaction } = sendAsk(fake, 'Was ist die Hauptstadt von Testland?');
      const content = (await answerOf(fake, interaction)).content;
      expect(lines(content)).toContain('> Die Hauptstadt von Testland ist Beispielstadt.');
      expect(lines(content).at(-1)).toMatch(/^Testartikel, Absatz 1 · Konfidenz \d+ %$/);
    } finally {
      live.replace(bundled);
    }
  });
});

describe('/sources', () => {
  it('lists the known articles with their paragraphs, privately, in German as /quellen', async () => {
    const { fake } = running;
    const { interaction } = sendCommand(fake, 'sources', [], { locale: 'de' });
    const { body } = await callbackOf(fake, interaction);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(body)).toBe(true);
    expect(shownText(body.data)).toBe(
      '**Ich kenne 1 Artikel:**\n1. NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine — 13 Absätze',
    );
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention in a server channel as a reply, with the mention taken out of the question', async () => {
    const { fake } = running;
    const message = sendMessage(fake, `<@${fake.bot.id}> Who is the NATO Secretary General?`, { mentions: [fake.bot] });
    const reply = await replyOf(fake, message);
    expect(reply.route).toBe(`/channels/${fake.guild.channelId}/messages`);
    expect(lines(shownText(reply.body))[0]).toMatch(RUTTE_LEAD);
    expect(quoteOf(shownText(reply.body)).startsWith(RUTTE_QUOTE)).toBe(true);
    expect(lines(shownText(reply.body)).at(-1)!.match(SOURCE_EN)?.[1]).toBe('4');
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(running.log()).toContain('"question":"Who is the NATO Secretary General?"');
  });

  it('answers a direct message "Wer leitet die Friedensbemühungen?" with Donald Trump', async () => {
    const { fake } = running;
    const place = dmPlace();
    const message = sendMessage(fake, 'Wer leitet die Friedensbemühungen?', { place });
    const reply = await replyOf(fake, message);
    expect(reply.route).toBe(`/channels/${place.channelId}/messages`);
    expect(lines(shownText(reply.body))[0]).toMatch(TRUMP_LEAD);
  });

  it('sends a mention containing @everyone with allowed_mentions.parse = []', async () => {
    const { fake } = running;
    const message = sendMessage(fake, `@everyone <@${fake.bot.id}> <@&123456789012345678> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] });
    const reply = await replyOf(fake, message);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(lines(shownText(reply.body))[0]).toMatch(RUTTE_LEAD);
  });

  it('ignores messages from other bots and from itself, and server messages that do not mention it', async () => {
    const { fake } = running;
    const from = fake.requests.length;
    const otherBot = fakeUser('OtherBot', { bot: true });
    const human = fakeUser('Human');
    const ignored = [
      sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { author: otherBot, mentions: [fake.bot] }),
      sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { author: fake.bot, mentions: [fake.bot] }),
      sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { author: otherBot, place: dmPlace() }),
      sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { author: human }),
    ];
    // A probe sent after them on the same connection: once it is answered, they have been handled.
    await replyOf(fake, sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { place: dmPlace() }));
    const repliedTo = fake.requests.slice(from).map((request) => request.body?.message_reference?.message_id);
    expect(ignored.filter((message) => repliedTo.includes(message.id))).toEqual([]);
    const askers = running
      .log()
      .split('\n')
      .filter((line) => line.includes('"event":"question"'))
      .map((line) => JSON.parse(line).user);
    expect(askers.filter((user) => [otherBot.id, human.id, fake.bot.id].includes(user))).toEqual([]);
  });
});

describe('follow-ups in replies', () => {
  const UNDERSTOOD = '-# Verstanden als: Wo hat Mark Rutte die Pressekonferenz gegeben?';
  /** Asks by mention and returns the id of the bot's answer. */
  async function answerId(question: string, author = fakeUser('Asker')): Promise<string> {
    const { fake } = running;
    const reply = await replyOf(fake, sendMessage(fake, `<@${fake.bot.id}> ${question}`, { mentions: [fake.bot], author }));
    return fake.waitFor(() => reply.response?.id as string | undefined, 'the id of the answer');
  }

  it('answers a reply to its answer (which pings it) with that answer as context', async () => {
    const { fake } = running;
    const id = await answerId('Wer ist der NATO-Generalsekretär?');
    const reply = await replyOf(fake, sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { mentions: [fake.bot], replyTo: id }));
    expect(lines(shownText(reply.body))).toContain(UNDERSTOOD);
    expect(shownText(reply.body)).toContain('Pressekonferenz in Brüssel');
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it("answers the issue's conversation as a chain of replies", async () => {
    const { fake } = running;
    // What each answer leads with, past the "Verstanden als" line of a follow-up.
    const lead = (body: Parameters<typeof shownText>[0]) => lines(shownText(body)).find((line) => !line.startsWith('-# '))!;
    let id = await answerId('Wie viel Geld gab es 2024 für die Ukraine?');
    const leads = [lead((await fake.waitFor(() => fake.requests.find((request) => request.response?.id === id), 'the first answer')).body)];
    for (const question of ['und 2025?', 'Wer ist der NATO-Generalsekretär?', 'Wo hat er die Pressekonferenz gegeben?']) {
      const reply = await replyOf(fake, sendMessage(fake, question, { replyTo: id }));
      leads.push(lead(reply.body));
      id = await fake.waitFor(() => reply.response?.id as string | undefined, 'the id of the answer');
    }
    expect(leads).toEqual([
      expect.stringContaining('50 Milliarden'),
      expect.stringContaining('20 Milliarden'),
      expect.stringContaining('Mark Rutte'),
      expect.stringContaining('Brüssel'),
    ]);
  });

  it('answers a reply with the ping turned off, and chains replies to its later answers', async () => {
    const { fake } = running;
    const id = await answerId('Wer ist der NATO-Generalsekretär?');
    const second = await replyOf(fake, sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { replyTo: id }));
    expect(lines(shownText(second.body))).toContain(UNDERSTOOD);
    const secondId = await fake.waitFor(() => second.response?.id as string | undefined, 'the id of the second answer');
    const third = await replyOf(fake, sendMessage(fake, 'und wann?', { replyTo: secondId }));
    expect(lines(shownText(third.body))).toContain('-# Verstanden als: Wann hat Mark Rutte die Pressekonferenz gegeben?');
  });

  it('ignores a reply to a message it did not answer with, and a reply to its answer that mentions someone else', async () => {
    const { fake } = running;
    const from = fake.requests.length;
    const id = await answerId('Wer ist der NATO-Generalsekretär?');
    const colleague = fakeUser('Colleague');
    const ignored = [
      sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { replyTo: snowflake() }),
      sendMessage(fake, `<@${colleague.id}> Wo hat er die Pressekonferenz gegeben?`, { replyTo: id, mentions: [colleague] }),
    ];
    await replyOf(fake, sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { place: dmPlace() }));
    const repliedTo = fake.requests.slice(from).map((request) => request.body?.message_reference?.message_id);
    expect(ignored.filter((message) => repliedTo.includes(message.id))).toEqual([]);
  });

  it('answers a message in a thread it answered in without a mention (with the Message Content intent), and not in another thread', async () => {
    const { fake } = running;
    const thread = openThread(fake);
    // THREAD_CREATE reaches the bot before the messages sent after it, on the same connection.
    await replyOf(fake, sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { place: thread, mentions: [fake.bot] }));
    const reply = await replyOf(fake, sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { place: thread }));
    expect(lines(shownText(reply.body))).toContain(UNDERSTOOD);
    expect(reply.route).toBe(`/channels/${thread.channelId}/messages`);
    const other = openThread(fake);
    const from = fake.requests.length;
    const ignored = sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { place: other });
    await replyOf(fake, sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { place: dmPlace() }));
    expect(fake.requests.slice(from).map((request) => request.body?.message_reference?.message_id)).not.toContain(ignored.id);
  });

  it('reads a DM as one conversation', async () => {
    const { fake } = running;
    const place = dmPlace();
    const author = fakeUser('DmAsker');
    await replyOf(fake, sendMessage(fake, 'Wer ist der NATO-Generalsekretär?', { place, author }));
    const reply = await replyOf(fake, sendMessage(fake, 'Wo hat er die Pressekonferenz gegeben?', { place, author }));
    expect(lines(shownText(reply.body))).toContain(UNDERSTOOD);
  });

  it("reads a user's /ask against their last /ask in the channel, not someone else's", async () => {
    const { fake } = running;
    const user = fakeUser('AskFollower');
    await answerOf(fake, sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { user }).interaction);
    const same = await answerOf(fake, sendAsk(fake, 'Wo hat er die Pressekonferenz gegeben?', { user }).interaction);
    expect(lines(same.content)).toContain(UNDERSTOOD);
    const other = await answerOf(fake, sendAsk(fake, 'Wo hat er die Pressekonferenz gegeben?', { user: fakeUser('Stranger') }).interaction);
    expect(other.content).not.toContain('Verstanden als');
  });
});

describe('the Message Content intent', () => {
  it('is asked for only with messageContent (DISCORD_MESSAGE_CONTENT=true)', async () => {
    const MESSAGE_CONTENT = 1 << 15;
    expect(running.fake.gateway.identifies[0]!.intents & MESSAGE_CONTENT).toBe(0);
    const withContent = await startBotOnFake({ messageContent: true });
    try {
      expect(withContent.fake.gateway.identifies[0]!.intents & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
    } finally {
      await withContent.close();
    }
  });
});

describe('buttons under answers', () => {
  const clickReply = (interaction: { id: string; token: string }) =>
    running.fake.waitForRequest(
      (request) => request.method === 'POST' && request.route === `/interactions/${interaction.id}/${interaction.token}/callback`,
      `the reply to click ${interaction.id}`,
    );
  const buttonsOf = (body: { components?: Array<{ components: Array<{ custom_id: string; label: string }> }> }) =>
    (body.components ?? []).flatMap((row) => row.components.map((button) => button.custom_id));
  const feedbackLines = () =>
    existsSync(running.feedbackFile)
      ? readFileSync(running.feedbackFile, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line))
      : [];

  it('records 👍 on an /ask answer in the feedback log with platform, question, answer and source, and thanks privately', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?', { locale: 'de' });
    const { body } = await answerOf(fake, interaction);
    expect(buttonsOf(body)).toEqual([BUTTON_IDS.helpful, BUTTON_IDS.unhelpful]);
    const before = feedbackLines().length;
    const click = sendClick(fake, BUTTON_IDS.helpful, { interaction });
    const thanks = await clickReply(click);
    expect(isEphemeral(thanks.body)).toBe(true);
    expect(thanks.body.data.content).toBe('Danke für die Rückmeldung!');
    const entry = feedbackLines()[before];
    expect(Object.keys(entry)).toEqual(['time', 'platform', 'question', 'answer', 'source', 'vote']);
    expect(entry).toMatchObject({
      platform: 'discord',
      question: 'Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?',
      answer: 'etwa 50 Milliarden Euro',
      source: { articleId: 'article.de', paragraph: 7, sentence: 1 },
      vote: 'up',
    });
  });

  it('records 👎 on an answer to a mention', async () => {
    const { fake } = running;
    const reply = await replyOf(fake, sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] }));
    const message = await fake.waitFor(() => reply.response as { id: string; channel_id: string } | undefined, 'the answer');
    const before = feedbackLines().length;
    await clickReply(sendClick(fake, BUTTON_IDS.unhelpful, { message }));
    expect(feedbackLines()[before]).toMatchObject({
      platform: 'discord',
      question: 'Wer ist der NATO-Generalsekretär?',
      source: { paragraph: 4 },
      vote: 'down',
    });
  });

  it('shares a private answer in the channel, naming who asked and pinging no one', async () => {
    const { fake } = running;
    const ada = fakeUser('Ada');
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { private: true, user: ada });
    const { body } = await answerOf(fake, interaction);
    expect(buttonsOf(body)).toEqual([BUTTON_IDS.helpful, BUTTON_IDS.unhelpful, BUTTON_IDS.share]);
    // Only Ada sees her private answer, so she is the one who shares it.
    const shared = await clickReply(sendClick(fake, BUTTON_IDS.share, { interaction }, { user: ada }));
    expect(isEphemeral(shared.body)).toBe(false);
    expect(lines(shownText(shared.body.data))[0]).toBe('Ada fragte: Wer ist der NATO-Generalsekretär?');
    expect(shownText(shared.body.data)).toContain(RUTTE_QUOTE);
    expect(buttonsOf(shared.body.data)).toEqual([BUTTON_IDS.helpful, BUTTON_IDS.unhelpful]);
    expect(shared.body.data.allowed_mentions).toEqual(NO_PINGS);
  });

  it('offers the closest passages of an unsure reply as buttons; a click shows that passage as the answer', async () => {
    const { fake } = running;
    const reply = await replyOf(fake, sendMessage(fake, `<@${fake.bot.id}> Wer ist der Präsident der Ukraine?`, { mentions: [fake.bot] }));
    expect(reply.body.embeds[0].title).toMatch(/^Ich bin nicht sicher/);
    const suggestions = buttonsOf(reply.body).filter((id) => id.startsWith(BUTTON_IDS.suggestion));
    expect(suggestions.length).toBeGreaterThan(0);
    const message = await fake.waitFor(() => reply.response as { id: string; channel_id: string } | undefined, 'the unsure reply');
    const shown = await clickReply(sendClick(fake, `${BUTTON_IDS.suggestion}0`, { message }));
    expect(isEphemeral(shown.body)).toBe(true);
    const first = reply.body.embeds[0].description
      .split('\n')[0]
      .replace(/^\*\*1\.\*\* /, '')
      .replace(/…$/, '');
    expect(shown.body.data.embeds[0].description.startsWith(`> ${first}`)).toBe(true);
    expect(shown.body.data.embeds[0].footer.text).toMatch(/, Absatz \d+$/);
  });

  it('says privately that an answer it no longer knows is too old for its buttons', async () => {
    const { fake } = running;
    const shown = await clickReply(sendClick(fake, BUTTON_IDS.helpful, { message: { id: snowflake(), channel_id: fake.guild.channelId } }));
    expect(isEphemeral(shown.body)).toBe(true);
    expect(shown.body.data.content).toBe('Diese Antwort ist zu alt für ihre Knöpfe. Bitte frag noch einmal.');
  });
});

describe('the rate limit', () => {
  it('answers the sixth /ask of a user within 30 s with an ephemeral "slow down", and still answers others', async () => {
    const { fake } = running;
    const user = fakeUser('Eager');
    const sent = Array.from({ length: 6 }, (_, index) => sendAsk(fake, `Wer ist der NATO-Generalsekretär? (${index + 1})`, { user }).interaction);
    const callbacks = await Promise.all(sent.map((interaction) => callbackOf(fake, interaction)));
    expect(callbacks.slice(0, 5).map(({ body }) => [isEphemeral(body), lines(shownText(body.data))[0]])).toEqual(
      Array(5).fill([false, expect.stringMatching(/^Frage: Wer ist der NATO-Generalsekretär\?/)]),
    );
    expect(callbacks[5]!.body).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: expect.objectContaining({
        content: 'Slow down, please: too many questions in a short time. Try again in a few seconds.',
        allowed_mentions: NO_PINGS,
      }),
    });
    expect(isEphemeral(callbacks[5]!.body)).toBe(true);
    const other = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?').interaction;
    expect(lines((await answerOf(fake, other)).content)[1]).toMatch(RUTTE_LEAD);
  });

  it('answers the sixth direct message of a user within 30 s with "Langsam, bitte" instead of silence', async () => {
    const { fake } = running;
    const author = fakeUser('Eilig');
    const place = dmPlace();
    const messages = Array.from({ length: 6 }, () => sendMessage(fake, 'Wer leitet die Friedensbemühungen?', { author, place }));
    const replies = await Promise.all(messages.map((message) => replyOf(fake, message)));
    expect(replies.slice(0, 5).map(({ body }) => lines(shownText(body))[0])).toEqual(Array(5).fill(expect.stringMatching(TRUMP_LEAD)));
    expect(shownText(replies[5]!.body)).toBe('Langsam, bitte: zu viele Fragen in kurzer Zeit. Versuch es in ein paar Sekunden noch einmal.');
  });
});

describe('errors in a handler', () => {
  it('apologises privately when answering /ask throws, logs the error with its context and keeps answering', async () => {
    const { fake } = running;
    const user = fakeUser('Unlucky');
    const { interaction } = sendAsk(fake, 'Was ist 💥?', { user });
    const { body } = await callbackOf(fake, interaction);
    expect(shownText(body.data)).toBe('Sorry, something went wrong. Please try again in a moment.');
    expect(isEphemeral(body)).toBe(true);
    const logged = running
      .log()
      .split('\n')
      .filter((line) => line.includes('"handler-error"'))
      .map((line) => JSON.parse(line));
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 50,
        handler: 'interaction',
        interaction: interaction.id,
        command: 'ask',
        user: user.id,
        guild: fake.guild.id,
        channel: fake.guild.channelId,
        error: expect.objectContaining({ message: 'engine failed' }),
      }),
    );
    expect(lines((await answerOf(fake, sendAsk(fake, 'Wer ist der NATO-Generalsekretär?').interaction)).content)[1]).toMatch(RUTTE_LEAD);
  });

  it('replaces a public "thinking…" with a private apology when a deferred /ask throws', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Was ist 💥?', { createdAt: Date.now() - BACKLOGGED_MS });
    const original = `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`;
    await fake.waitForRequest((request) => request.method === 'DELETE' && request.route === original, 'the placeholder deleted');
    const apology = await fake.waitForRequest(
      (request) => request.method === 'POST' && request.route === `/webhooks/${fake.applicationId}/${interaction.token}`,
      'the apology',
    );
    expect(shownText(apology.body)).toBe('Sorry, something went wrong. Please try again in a moment.');
    expect(isEphemeral(apology.body)).toBe(true);
  });

  it('edits the apology into a deferred private /ask, which is already ephemeral', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Was ist 💥?', { private: true, locale: 'de', createdAt: Date.now() - BACKLOGGED_MS });
    expect(shownText((await editOf(fake, interaction)).body)).toBe('Entschuldigung, da ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.');
  });

  it('apologises in a reply when answering a mention throws', async () => {
    const { fake } = running;
    const message = sendMessage(fake, `<@${fake.bot.id}> Was ist 💥?`, { mentions: [fake.bot] });
    expect(shownText((await replyOf(fake, message)).body)).toBe('Entschuldigung, da ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.');
  });

  it('logs Discord refusing a reply (Missing Permissions) with its code and keeps answering', async () => {
    const { fake } = running;
    const channel = `/channels/${fake.guild.channelId}/messages`;
    fake.failNext((request) => request.method === 'POST' && request.route === channel, 403, { message: 'Missing Permissions', code: 50013 });
    const refused = sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] });
    await fake.waitFor(() => (running.log().includes(`"message":"${refused.id}"`) ? true : undefined), 'the refusal logged');
    const entry = running
      .log()
      .split('\n')
      .find((line) => line.includes(`"message":"${refused.id}"`) && line.includes('"handler-error"'))!;
    expect(JSON.parse(entry).error).toMatchObject({ name: 'DiscordAPIError[50013]', message: 'Missing Permissions', code: 50013, status: 403 });
    const next = sendMessage(fake, `<@${fake.bot.id}> Wer ist der NATO-Generalsekretär?`, { mentions: [fake.bot] });
    expect(lines(shownText((await replyOf(fake, next)).body))[0]).toMatch(RUTTE_LEAD);
  });
});

describe('secrets', () => {
  it('never writes the token to its log (even from an error that quotes it) or into anything it sends', async () => {
    const { fake } = running;
    const { interaction } = sendAsk(fake, 'Was ist 💥 token?');
    expect(shownText((await callbackOf(fake, interaction)).body.data)).toBe('Sorry, something went wrong. Please try again in a moment.');
    const log = running.log();
    expect(log).toContain('engine failed while holding [redacted]');
    expect(log).toContain('discord-debug');
    const secretPart = TEST_TOKEN.split('.')[2]!;
    expect(log).not.toContain(secretPart);
    expect(fake.requests.filter((request) => JSON.stringify(request.body ?? '').includes(secretPart))).toEqual([]);
  });
});

describe('start and stop', () => {
  it('refuses to start with a token Discord rejects, saying where to get a new one', async () => {
    const { fake } = running;
    const bot = createDiscordBot({ live, logger: createLogger({ level: 'silent' }), limiter: { allow: () => true }, apiUrl: fake.apiUrl });
    await expect(bot.start(`${snowflake()}.wrongT.some-other-token-value`)).rejects.toThrow(
      'Discord rejected DISCORD_TOKEN: reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env.',
    );
  });

  it('says it cannot reach Discord when DISCORD_API_URL points where nothing listens', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const bot = createDiscordBot({ live, logger: createLogger({ level: 'silent' }), limiter: { allow: () => true }, apiUrl: `http://127.0.0.1:${port}/api` });
    await expect(bot.start(TEST_TOKEN)).rejects.toThrow(
      `Cannot reach the Discord API at http://127.0.0.1:${port}/api (ECONNREFUSED): check the network, or DISCORD_API_URL if you set it.`,
    );
  });

  it('finishes the answer in flight, ignores new questions, then closes the gateway when stopped', async () => {
    const own = await startBotOnFake();
    const { fake } = own;
    try {
      const release = fake.hold((request) => request.route.endsWith('/callback'));
      const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?');
      await callbackOf(fake, interaction);
      const stopped = own.bot.stop();
      await fake.waitFor(() => (own.log().includes('"event":"stopping"') ? true : undefined), 'the bot to start stopping');
      const late = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?').interaction;
      expect(fake.gateway.closes).toEqual([]);
      release();
      await stopped;
      expect(fake.gateway.closes).toEqual([1000]);
      expect(fake.requests.filter((request) => request.route.includes(late.token))).toEqual([]);
      expect(own.log()).not.toContain('drain-timeout');
    } finally {
      await own.close();
    }
  });
});
