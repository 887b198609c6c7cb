import { MessageFlags, type Message } from 'discord.js';
import { answerQuestion } from '../common/answerQuestion.ts';
import { NO_MENTIONS } from './client.ts';
import { conversationKey, remember } from './conversation.ts';
import { turnOf } from '../../src/question/followUp.ts';
import { deliverBy, MESSAGE_REPLY_MS } from './deliver.ts';
import { formatDiscordAnswer, type DiscordAnswerMessage } from './format.ts';
import type { Recovery } from './guard.ts';
import type { AnswerDeps } from './handleInteraction.ts';
import { languageOfText } from '../../src/lang/detectLanguage.ts';
import { discordWording } from './wording.ts';

/**
 * Answers direct messages and guild messages that mention the bot, as a reply to the
 * message, with the mention taken out of the question. A reply to one of the bot's answers,
 * a message in a thread the bot answered in and a DM are follow-ups: read against that
 * conversation. Without a mention of the bot, a guild message is answered only as such a
 * follow-up, only when it mentions no one else, and only with its text (which Discord sends
 * for replies that ping the bot, and otherwise only with the Message Content intent).
 * Messages from bots (the bot itself included), webhooks and the system are ignored.
 */
export function createMessageHandler({ live, logger, limiter, conversations }: AnswerDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user.id;
    if (message.author.bot || message.author.id === me || message.webhookId || message.system) return;
    const replyKey = message.reference?.messageId ? conversationKey.reply(message.channelId, message.reference.messageId) : undefined;
    const threadKey = message.channel.isThread() ? conversationKey.thread(message.channelId) : undefined;
    const followed = [replyKey, threadKey].find((key) => key !== undefined && conversations.has(key));
    if (message.inGuild() && !message.mentions.users.has(me)) {
      const forOthers = message.mentions.users.size > 0 || message.mentions.roles.size > 0 || message.mentions.everyone;
      if (!followed || forOthers || message.content.trim() === '') return;
    }
    const question = message.content.replace(new RegExp(`<@!?${me}>`, 'g'), ' ').trim();
    if (!limiter.allow(message.author.id)) {
      await replyTo(message, discordWording(languageOfText(question), 'slowDown'));
      return;
    }
    const ongoing = followed ?? threadKey ?? (message.inGuild() ? undefined : conversationKey.dm(message.channelId));
    const context = ongoing ? conversations.get(ongoing) : { turns: [] };
    const answer = answerQuestion(live, logger, question, { platform: 'discord', user: message.author.id }, context);
    const sent = await replyTo(message, formatDiscordAnswer(answer));
    const keys = [
      conversationKey.reply(sent.channelId, sent.id),
      ...(threadKey ? [threadKey] : []),
      ...(message.inGuild() ? [] : [conversationKey.dm(message.channelId)]),
    ];
    remember(conversations, keys, context, turnOf(question, answer));
  };
}

/** Logs a message by its ids and apologises in a reply (messages have no private replies). */
export const messageRecovery: Recovery<Message> = {
  context: (message) => ({ message: message.id, user: message.author.id, guild: message.guildId ?? undefined, channel: message.channelId }),
  apologise: (message) => replyTo(message, discordWording(languageOfText(message.content), 'sorry')),
};

/** Replies to `message`, trying again through a 429 or 5xx for up to {@link MESSAGE_REPLY_MS}. */
function replyTo(message: Message, reply: string | DiscordAnswerMessage): Promise<Message> {
  const send =
    typeof reply === 'string'
      ? () => message.reply({ content: reply, allowedMentions: NO_MENTIONS, flags: MessageFlags.SuppressEmbeds, failIfNotExists: false })
      : () => message.reply({ ...reply, allowedMentions: NO_MENTIONS, failIfNotExists: false });
  return deliverBy(message.createdTimestamp + MESSAGE_REPLY_MS, send);
}
