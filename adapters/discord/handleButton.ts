import { MessageFlags, type ButtonInteraction, type InteractionReplyOptions } from 'discord.js';
import { replyBy } from './deliver.ts';
import { NO_MENTIONS } from './client.ts';
import { conversationKey } from './conversation.ts';
import { BUTTON_IDS, formatDiscordAnswer, formatDiscordPassage } from './format.ts';
import type { AnswerDeps } from './handleInteraction.ts';
import { discordWording, languageOfLocale } from './wording.ts';
import type { Turn } from '../../src/question/followUp.ts';

/**
 * Clicks on the buttons under an answer. The answer is found by the interaction that asked
 * (`/ask`) or by the answer message (mentions, replies, DMs) in the conversation store; a
 * click on an answer the store no longer holds gets a short private note.
 * 👍/👎 are recorded in the feedback log with platform, question, answer and source;
 * "Im Kanal teilen" posts a private answer in the channel, naming who asked; a suggestion's
 * button shows that passage as the answer, privately.
 */
export function createButtonHandler({ conversations, feedback, logger }: Pick<AnswerDeps, 'conversations' | 'feedback' | 'logger'>) {
  return async (interaction: ButtonInteraction): Promise<void> => {
    const id = interaction.customId;
    if (!id.startsWith('answer:')) return;
    const asked = interaction.message.interactionMetadata?.id;
    const key = asked ? conversationKey.answer(asked) : conversationKey.reply(interaction.message.channelId, interaction.message.id);
    const turn: Turn | undefined = conversations.get(key).turns.at(-1);
    const language = turn?.answer.language ?? languageOfLocale(interaction.locale);
    const reply = (options: InteractionReplyOptions) => replyBy(interaction, options);
    const privately = (content: string) => reply({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    if (!turn) {
      await privately(discordWording(language, 'expired'));
      return;
    }
    const { question, answer } = turn;
    if (id === BUTTON_IDS.helpful || id === BUTTON_IDS.unhelpful) {
      const vote = id === BUTTON_IDS.helpful ? 'up' : 'down';
      await feedback.record({ time: new Date().toISOString(), platform: 'discord', question, answer: answer.answer, source: answer.source, vote });
      logger.info({ event: 'feedback', platform: 'discord', vote }, 'feedback recorded');
      await privately(discordWording(language, 'thanks'));
    } else if (id === BUTTON_IDS.share) {
      const shared = formatDiscordAnswer(answer, { question, askedBy: interaction.user.displayName });
      await reply({ embeds: shared.embeds, components: shared.components, allowedMentions: NO_MENTIONS });
      // The shared message is a new answer: its own buttons find it by this click.
      conversations.add(conversationKey.answer(interaction.id), turn);
      logger.info({ event: 'answer-shared', platform: 'discord', user: interaction.user.id }, 'answer shared in channel');
    } else if (id.startsWith(BUTTON_IDS.suggestion)) {
      const suggestion = answer.suggestions[Number(id.slice(BUTTON_IDS.suggestion.length))];
      if (suggestion) await reply({ ...formatDiscordPassage(suggestion, language), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
      else await privately(discordWording(language, 'expired'));
    }
  };
}
