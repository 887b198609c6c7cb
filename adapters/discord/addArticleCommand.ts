import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { addFromChat, addWord, type ChatAddSetup } from '../common/addFromChat.ts';
import { NO_MENTIONS } from './client.ts';
import { deadlinesOf, deliverBy, replyBy } from './deliver.ts';
import { ADD_OPTION } from './commands.ts';
import { escapeToFit } from './escape.ts';
import { languageOfLocale } from './wording.ts';

/** Longest reply, well inside Discord's 2,000 characters (an error message quotes the address). */
const REPLY_MAX = 1500;

/**
 * `/add-article url:<url>`: for members with Manage Server, fetches and adds the article (the
 * reply, only they see it, says what was added); everyone else gets a polite refusal. The
 * fetch can take up to its timeout, so the reply is deferred first.
 */
export function createAddArticleCommand(setup: ChatAddSetup | undefined, logger: Logger) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const language = languageOfLocale(interaction.locale);
    const flags = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds;
    // A 429 or 5xx is tried again within Discord's deadlines: 3 s to respond, 15 min to edit.
    const { respondBy, editBy } = deadlinesOf(interaction);
    if (!setup || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await replyBy(interaction, { content: addWord(language, 'notAllowedDiscord'), flags, allowedMentions: NO_MENTIONS });
      return;
    }
    await deliverBy(respondBy, () => interaction.deferReply({ flags: MessageFlags.Ephemeral }));
    // Discord users write <https://…> to keep a link from unfurling.
    const url = interaction.options
      .getString(ADD_OPTION.url, true)
      .trim()
      .replace(/^<(.*)>$/, '$1');
    const reply = await addFromChat(url, setup, logger, { platform: 'discord', user: interaction.user.id, language });
    await deliverBy(editBy, () =>
      interaction.editReply({ content: escapeToFit(reply.text, REPLY_MAX), flags: MessageFlags.SuppressEmbeds, allowedMentions: NO_MENTIONS }),
    );
  };
}
