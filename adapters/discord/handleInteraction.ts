import { MessageFlags, type ChatInputCommandInteraction, type Interaction, type InteractionReplyOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAddSetup } from '../common/addFromChat.ts';
import { answerQuestion } from '../common/answerQuestion.ts';
import type { ContextStore } from '../common/contextStore.ts';
import type { LiveEngine } from '../common/liveEngine.ts';
import { turnOf } from '../../src/question/followUp.ts';
import type { FeedbackLog } from '../common/feedback.ts';
import { createButtonHandler } from './handleButton.ts';
import { conversationKey } from './conversation.ts';
import { createAddArticleCommand } from './addArticleCommand.ts';
import { NO_MENTIONS } from './client.ts';
import { deadlinesOf, deliverBy, replyBy } from './deliver.ts';
import { ASK_OPTION, COMMAND } from './commands.ts';
import { formatDiscordAnswer, formatDiscordSources } from './format.ts';
import type { Recovery } from './guard.ts';
import { discordWording, languageOfLocale } from './wording.ts';

/** What the handlers need to answer: the live engine, the logger, the per-user limit and the conversations. */
export interface AnswerDeps {
  live: LiveEngine;
  logger: Logger;
  limiter: { allow(user: string): boolean };
  /** Replies, threads and DMs the bot answered in, by `conversationKey` (time to live: a day). */
  conversations: ContextStore;
  /** Each user's recent `/ask` questions per channel (time to live `ASK_CONTEXT_MS`, 10 minutes). */
  askContexts: ContextStore;
  /** Where 👍/👎 clicks go (shared with the Slack bot). */
  feedback: FeedbackLog;
  /** Where `/add-article` writes; unset, it is refused. */
  articles?: ChatAddSetup;
  /** True once the bot is stopping: a deferred `/ask` not yet answered is then told to ask again (default never). */
  isStopping?: () => boolean;
}

/** When `/ask` defers; see {@link createInteractionHandler}. */
export interface DeferPolicy {
  /** Interactions older than this, by their id's timestamp, are deferred before answering (ms). */
  deferAfterMs: number;
}

/**
 * Answers `/ask`, `/sources` and `/add-article`, and clicks on the buttons under answers (see
 * `handleButton.ts`); other interactions are left alone. `/ask` replies with the
 * answer at once, one request outside the bot's global request limit (see `client.ts`),
 * unless the interaction is already older than `deferAfterMs` (the bot is backlogged):
 * then it defers first, so Discord's 3 s deadline is met, and edits the answer in.
 */
export function createInteractionHandler(deps: AnswerDeps, { deferAfterMs }: DeferPolicy): (interaction: Interaction) => Promise<void> {
  const { live, logger, limiter, askContexts, conversations, articles, isStopping = () => false } = deps;
  const clicked = createButtonHandler(deps);
  const addArticle = createAddArticleCommand(articles, logger);
  async function ask(interaction: ChatInputCommandInteraction): Promise<void> {
    if (!limiter.allow(interaction.user.id)) {
      await replyBy(interaction, privately(discordWording(languageOfLocale(interaction.locale), 'slowDown')));
      return;
    }
    const question = interaction.options.getString(ASK_OPTION.question, true);
    const isPrivate = interaction.options.getBoolean(ASK_OPTION.private) ?? false;
    const late = Date.now() - interaction.createdTimestamp > deferAfterMs;
    // A 429 or 5xx is tried again within Discord's deadlines: 3 s to respond, 15 min to edit.
    const { respondBy, editBy } = deadlinesOf(interaction);
    if (late) await deliverBy(respondBy, () => interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {}));
    if (late && isStopping()) {
      // Answering a backlog would outlast the drain; a short notice does not, and leaves no one waiting.
      const notice = discordWording(languageOfLocale(interaction.locale), 'restarting');
      await deliverBy(editBy, () => interaction.editReply({ content: notice, allowedMentions: NO_MENTIONS }));
      return;
    }
    const key = conversationKey.ask(interaction.channelId, interaction.user.id);
    const answer = answerQuestion(live, logger, question, { platform: 'discord', user: interaction.user.id }, askContexts.get(key));
    const turn = turnOf(question, answer);
    askContexts.add(key, turn);
    // The buttons under the answer find it by the interaction that asked.
    conversations.add(conversationKey.answer(interaction.id), turn);
    const reply = { ...formatDiscordAnswer(answer, { question, private: isPrivate }), allowedMentions: NO_MENTIONS };
    if (late) await deliverBy(editBy, () => interaction.editReply(reply));
    else await deliverBy(respondBy, () => interaction.reply({ ...reply, ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}) }));
  }

  return async (interaction) => {
    if (interaction.isButton()) {
      await clicked(interaction);
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const language = languageOfLocale(interaction.locale);
    if (interaction.commandName === COMMAND.ask) await ask(interaction);
    else if (interaction.commandName === COMMAND.sources) await replyBy(interaction, privately(formatDiscordSources(live.current().articles, language)));
    else if (interaction.commandName === COMMAND.addArticle) await addArticle(interaction);
    else await replyBy(interaction, privately(discordWording(language, 'unknownCommand')));
  };
}

/** Logs an interaction by its ids and apologises to its user with a message only they see. */
export const interactionRecovery: Recovery<Interaction> = {
  context: (interaction) => ({
    interaction: interaction.id,
    command: interaction.isCommand() ? interaction.commandName : undefined,
    user: interaction.user.id,
    guild: interaction.guildId ?? undefined,
    channel: interaction.channelId ?? undefined,
  }),
  async apologise(interaction) {
    if (!interaction.isRepliable()) return;
    const apology = privately(discordWording(languageOfLocale(interaction.locale), 'sorry'));
    if (interaction.deferred && !interaction.replied) {
      if (interaction.ephemeral) {
        await interaction.editReply({ content: apology.content, allowedMentions: NO_MENTIONS });
        return;
      }
      // A public "thinking…" placeholder would stay forever; replace it with a private apology.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(apology);
    } else if (interaction.replied) {
      await interaction.followUp(apology);
    } else {
      await interaction.reply(apology);
    }
  },
};

function privately(content: string): InteractionReplyOptions & { content: string } {
  return { content, flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds, allowedMentions: NO_MENTIONS };
}
