import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createFeedbackLog } from '../../adapters/common/feedback.ts';
import type { APIChatInputApplicationCommandInteraction, APIUser, GatewayMessageCreateDispatchData } from 'discord.js';
import { ChannelType, GatewayDispatchEvents, InteractionResponseType } from 'discord.js';
import { createEngine, type Engine } from '../../src/engine.ts';
import type { ChatAddSetup } from '../../adapters/common/addFromChat.ts';
import { createLiveEngine, type LiveEngine } from '../../adapters/common/liveEngine.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { createRateLimiter } from '../../adapters/common/rateLimiter.ts';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.ts';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from './fakeDiscord.ts';
import { askOptions, buttonInteraction, commandInteraction, fakeUser, messageCreate, snowflake, type Place } from './payloads.ts';

/** A token of the right shape that only the fake accepts. */
export const TEST_TOKEN = 'MTQwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-hmac-part_that-must-never-leak';
/** The fake application's id, also its bot user's id. */
export const TEST_APPLICATION_ID = '1400000000000000001';

let bundled: Promise<Engine> | undefined;

/** The engine over the bundled article, built once per test file. */
export function bundledEngine(): Promise<Engine> {
  return (bundled ??= loadKnowledge(DEFAULT_KNOWLEDGE_DIR).then((knowledge) => createEngine(knowledge)));
}

/** Options for {@link startBotOnFake}. */
export interface BotOnFakeOptions {
  live?: LiveEngine;
  limiter?: { allow(user: string): boolean };
  /** Log level of the captured logger (default `debug`). */
  logLevel?: string;
  /** Ask for the Message Content intent (default false). */
  messageContent?: boolean;
  /** Where `/add-article` writes (default unset: refused). */
  articles?: ChatAddSetup;
}

/** The real adapter logged in to a fake Discord, with its log captured. */
export interface BotOnFake {
  fake: FakeDiscord;
  bot: DiscordBot;
  /** Everything logged so far, as written (JSON lines). */
  log(): string;
  /** The feedback log the bot appends 👍/👎 clicks to (a fresh temporary file). */
  feedbackFile: string;
  close(): Promise<void>;
}

/** Starts a fake Discord and the real adapter on it; resolves when the client is ready (5 s at most). */
export async function startBotOnFake({
  live,
  limiter = createRateLimiter(),
  logLevel = 'debug',
  messageContent = false,
  articles,
}: BotOnFakeOptions = {}): Promise<BotOnFake> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
  let written = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  const logger = createLogger({ level: logLevel, destination, secrets: [TEST_TOKEN] });
  const feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'discord-feedback-')), 'feedback.jsonl');
  const bot = createDiscordBot({
    live: live ?? createLiveEngine(await bundledEngine()),
    logger,
    limiter,
    articles,
    apiUrl: fake.apiUrl,
    feedback: createFeedbackLog(feedbackFile),
    messageContent,
  });
  await withTimeout(bot.start(TEST_TOKEN), 5000, 'the bot to get ready');
  return {
    fake,
    bot,
    log: () => written,
    feedbackFile,
    async close() {
      await withTimeout(bot.stop(), 5000, 'the bot to stop');
      await fake.close();
    },
  };
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a test says about a slash command it sends. */
export interface SlashInit {
  user?: APIUser;
  place?: Place;
  locale?: string;
  /** When Discord created the interaction (default now). */
  createdAt?: number;
  /** The member's guild permissions (default without Manage Server). */
  permissions?: string;
}

/** Dispatches `/ask` (Discord sends `ask` also for `/frage`); returns the payload and when it was sent. */
export function sendAsk(fake: FakeDiscord, question: string, { private: isPrivate, ...init }: SlashInit & { private?: boolean } = {}) {
  return sendCommand(fake, 'ask', askOptions(question, isPrivate), init);
}

/** Dispatches a slash command by its base name. */
export function sendCommand(
  fake: FakeDiscord,
  name: string,
  options: ReturnType<typeof askOptions>,
  { user = fakeUser('Asker'), place = { guild: fake.guild, channelId: fake.guild.channelId }, locale, createdAt, permissions }: SlashInit = {},
) {
  const interaction = commandInteraction({ applicationId: fake.applicationId, name, options, user, place, locale, createdAt, permissions });
  const sentAt = fake.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
  return { interaction, sentAt };
}

/**
 * Dispatches a click on a button under one of the bot's messages: `message` is the message
 * as the fake answered when the bot sent it (a reply), or, for an `/ask` answer, the
 * interaction that asked (Discord links the answer to it).
 */
export function sendClick(
  fake: FakeDiscord,
  customId: string,
  on: { message: { id: string; channel_id: string } } | { interaction: { id: string } },
  { user = fakeUser('Clicker'), locale = 'de' }: { user?: APIUser; locale?: string } = {},
) {
  const place = { guild: fake.guild, channelId: 'message' in on ? on.message.channel_id : fake.guild.channelId };
  const interaction = buttonInteraction({
    applicationId: fake.applicationId,
    customId,
    user,
    place,
    locale,
    bot: fake.bot,
    messageId: 'message' in on ? on.message.id : snowflake(),
    ...('interaction' in on ? { askedBy: on.interaction.id } : {}),
  });
  fake.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
  return interaction;
}

/** An interaction created this long ago is answered by defer + edit (the bot's default threshold is 1.5 s). */
export const BACKLOGGED_MS = 2000;

/** The answer to an interaction: the immediate reply's content, or the edit after a deferral. */
export async function answerOf(
  fake: FakeDiscord,
  interaction: APIChatInputApplicationCommandInteraction,
): Promise<{ content: string; body: any; via: 'reply' | 'edit' }> {
  const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
  const edit = `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`;
  const request = await fake.waitForRequest(
    (candidate) =>
      (candidate.route === callback && candidate.body?.type === InteractionResponseType.ChannelMessageWithSource) ||
      (candidate.method === 'PATCH' && candidate.route === edit),
    `the answer to interaction ${interaction.id}`,
  );
  return request.route === callback
    ? { content: shownText(request.body.data), body: request.body.data, via: 'reply' }
    : { content: shownText(request.body), body: request.body, via: 'edit' };
}

/**
 * What a user sees of a bot message, line by line: its content, or its embed's author,
 * title (in bold), description lines and footer.
 */
export function shownText(
  body: { content?: string; embeds?: Array<{ author?: { name: string }; title?: string; description?: string; footer?: { text: string } }> } | undefined,
): string {
  const embed = body?.embeds?.[0];
  if (!embed) return body?.content ?? '';
  const parts = [
    embed.author?.name,
    embed.title === undefined ? undefined : `**${embed.title}**`,
    ...(embed.description?.split('\n') ?? []),
    embed.footer?.text,
  ];
  return parts.filter((part) => part !== undefined).join('\n');
}

/** The interaction's callback (defer or reply). */
export function callbackOf(fake: FakeDiscord, interaction: APIChatInputApplicationCommandInteraction): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (request) => request.method === 'POST' && request.route === `/interactions/${interaction.id}/${interaction.token}/callback`,
    `the callback of interaction ${interaction.id}`,
  );
}

/** The edit of the interaction's original response (the answer after a defer). */
export function editOf(fake: FakeDiscord, interaction: APIChatInputApplicationCommandInteraction): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (request) => request.method === 'PATCH' && request.route === `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`,
    `the answer to interaction ${interaction.id}`,
  );
}

/** Dispatches MESSAGE_CREATE from `author` (default a new user) in `place` (default the first guild's channel). */
export function sendMessage(
  fake: FakeDiscord,
  content: string,
  {
    author = fakeUser('Writer'),
    place = { guild: fake.guild, channelId: fake.guild.channelId },
    mentions = [],
    replyTo,
  }: { author?: APIUser; place?: Place; mentions?: APIUser[]; replyTo?: string } = {},
): GatewayMessageCreateDispatchData {
  const message = messageCreate({ content, author, place, mentions, ...(replyTo ? { replyTo } : {}) });
  fake.dispatch(GatewayDispatchEvents.MessageCreate, message);
  return message;
}

/** The bot's reply to a message. */
export function replyOf(fake: FakeDiscord, message: GatewayMessageCreateDispatchData): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (request) => request.method === 'POST' && request.body?.message_reference?.message_id === message.id,
    `the reply to message ${message.id}`,
  );
}

/** Opens a public thread under the first guild's channel (THREAD_CREATE) and returns where to write in it. */
export function openThread(fake: FakeDiscord): Place {
  const id = snowflake();
  fake.dispatch(GatewayDispatchEvents.ThreadCreate, {
    id,
    type: ChannelType.PublicThread,
    guild_id: fake.guild.id,
    parent_id: fake.guild.channelId,
    name: 'Nachfragen',
    owner_id: fake.bot.id,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    flags: 0,
    newly_created: true,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  } as { guild_id: string });
  return { guild: fake.guild, channelId: id };
}

/** A DM channel between the bot and one user. */
export function dmPlace(): Place {
  return { channelId: snowflake() };
}
