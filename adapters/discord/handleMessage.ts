import { MessageFlags, type Message } from 'discord.js';
import { answerQuestion } from '../common/answerQuestion.ts';
import { NO_MENTIONS } from './client.ts';
import { deliverBy, MESSAGE_REPLY_MS } from './deliver.ts';
import { formatDiscordAnswer } from './format.ts';
import type { Recovery } from './guard.ts';
import type { AnswerDeps } from './handleInteraction.ts';
import { languageOfText } from '../../src/lang/detectLanguage.ts';
import { discordWording } from './wording.ts';

/**
 * Answers direct messages and guild messages that mention the bot, as a reply to the
 * message, with the mention taken out of the question. Messages from bots (the bot
 * itself included), webhooks and the system are ignored.
 */
export function createMessageHandler({ live, logger, limiter }: AnswerDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user.id;
    if (message.author.bot || message.author.id === me || message.webhookId || message.system) return;
    if (message.inGuild() && !message.mentions.users.has(me)) return;
    const question = message.content.replace(new RegExp(`<@!?${me}>`, 'g'), ' ').trim();
    if (!limiter.allow(message.author.id)) {
      await replyTo(message, discordWording(languageOfText(question), 'slowDown'));
      return;
    }
    const answer = answerQuestion(live, logger, question, { platform: 'discord', user: message.author.id });
    await replyTo(message, formatDiscordAnswer(answer));
  };
}

/** Logs a message by its ids and apologises in a reply (messages have no private replies). */
export const messageRecovery: Recovery<Message> = {
  context: (message) => ({ message: message.id, user: message.author.id, guild: message.guildId ?? undefined, channel: message.channelId }),
  apologise: (message) => replyTo(message, discordWording(languageOfText(message.content), 'sorry')),
};

/** Replies to `message`, trying again through a 429 or 5xx for up to {@link MESSAGE_REPLY_MS}. */
function replyTo(message: Message, content: string): Promise<Message> {
  return deliverBy(message.createdTimestamp + MESSAGE_REPLY_MS, () => message.reply({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.SuppressEmbeds, failIfNotExists: false }));
}
