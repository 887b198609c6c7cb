import type { Context, webApi } from '@slack/bolt';
import type { NoticeKey } from '../guard.ts';
import { replyToQuestion, threadKey, type SlackDeps } from '../question.ts';
import { slackTextToPlain } from '../slackText.ts';
import { languageOfText } from '../../../src/lang/detectLanguage.ts';
import { slackWord } from '../words.ts';

/** The fields of a mention or message event the bot reads. */
export interface IncomingMessage {
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  edited?: unknown;
  channel_type?: string;
}

/** What Bolt passes a mention or message listener, as far as the bot uses it. */
export interface ConversationArgs {
  event: IncomingMessage;
  context: Context;
  client: webApi.WebClient;
}

/** @mentions in channels, answered in the message's thread, which becomes a conversation. DMs are left to {@link directMessageHandler}. */
export function mentionHandler(deps: SlackDeps) {
  return async ({ event, context, client }: ConversationArgs): Promise<void> => {
    if (isIgnored(event, context) || event.channel.startsWith('D')) return;
    await answerInConversation(deps, event, context, client, event.thread_ts ?? event.ts, threadKey(event.channel, event.thread_ts ?? event.ts));
  };
}

/** Direct messages (`message.im`), answered in the DM (in the thread, when the message is in one); the DM is a conversation. */
export function directMessageHandler(deps: SlackDeps) {
  return async ({ event, context, client }: ConversationArgs): Promise<void> => {
    if (isIgnored(event, context) || event.channel_type !== 'im') return;
    await answerInConversation(deps, event, context, client, event.thread_ts, threadKey(event.channel, event.thread_ts));
  };
}

/**
 * A message in a channel thread the bot has answered in (`message.channels`,
 * `message.groups`), within `THREAD_FOLLOWUP_HOURS`: a follow-up, answered in the thread
 * with its context, without a new mention. A message that mentions anyone (the bot's own
 * mention is an `app_mention`, answered there) or `@here`/`@channel` is not for the bot.
 */
export function threadFollowUpHandler(deps: SlackDeps) {
  return async ({ event, context, client }: ConversationArgs): Promise<void> => {
    if (isIgnored(event, context) || !event.thread_ts || (event.channel_type !== 'channel' && event.channel_type !== 'group')) return;
    if (/<[@!]/.test(event.text ?? '')) return;
    const key = threadKey(event.channel, event.thread_ts);
    if (!deps.threads.has(key)) return;
    await answerInConversation(deps, event, context, client, event.thread_ts, key);
  };
}

/** Notices for mentions and DMs go ephemerally to the asker, in the same thread. */
export async function notifyConversation({ event, client }: ConversationArgs, key: NoticeKey): Promise<void> {
  if (!event.user) return;
  const text = slackWord(languageOfText(event.text ?? ''), key);
  await client.chat.postEphemeral({ channel: event.channel, user: event.user, text, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
}

/** Bot messages, edits and other subtypes, and the app's own messages get no answer. */
function isIgnored(event: IncomingMessage, context: Context): boolean {
  return event.subtype !== undefined || event.bot_id !== undefined || event.edited !== undefined || !event.user || event.user === context.botUserId;
}

async function answerInConversation(
  deps: SlackDeps,
  event: IncomingMessage,
  context: Context,
  client: webApi.WebClient,
  threadTs: string | undefined,
  key: string,
): Promise<void> {
  const user = event.user!;
  const question = slackTextToPlain(event.text ?? '', context.botUserId);
  const reply = replyToQuestion(deps, question, user, {}, { store: deps.threads, key });
  const thread = threadTs ? { thread_ts: threadTs } : {};
  if (reply.kind === 'limited') await client.chat.postEphemeral({ channel: event.channel, user, ...thread, ...reply.message });
  else await client.chat.postMessage({ channel: event.channel, ...thread, ...reply.message });
}
