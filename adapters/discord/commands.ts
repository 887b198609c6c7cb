import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Names Discord sends in interactions; localised names (`/frage`, `/quellen`) are only shown. */
export const COMMAND = { ask: 'ask', sources: 'sources', addArticle: 'add-article' } as const;

/** Option name of `/add-article`. */
export const ADD_OPTION = { url: 'url' } as const;

/** Option names of `/ask`. */
export const ASK_OPTION = { question: 'question', private: 'private' } as const;

const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM] as const;

const ask = new SlashCommandBuilder()
  .setName(COMMAND.ask)
  .setNameLocalizations({ de: 'frage' })
  .setDescription('Ask the article a question; the answer quotes the sentence and names its source')
  .setDescriptionLocalizations({ de: 'Stell dem Artikel eine Frage; die Antwort zitiert den Satz und nennt die Quelle' })
  .setContexts(...contexts)
  .addStringOption((option) =>
    option
      .setName(ASK_OPTION.question)
      .setNameLocalizations({ de: 'frage' })
      .setDescription('Your question, in German or English')
      .setDescriptionLocalizations({ de: 'Deine Frage, auf Deutsch oder Englisch' })
      .setRequired(true),
  )
  .addBooleanOption((option) =>
    option
      .setName(ASK_OPTION.private)
      .setNameLocalizations({ de: 'privat' })
      .setDescription('Only you see the answer')
      .setDescriptionLocalizations({ de: 'Nur du siehst die Antwort' }),
  );

const sources = new SlashCommandBuilder()
  .setName(COMMAND.sources)
  .setNameLocalizations({ de: 'quellen' })
  .setDescription('Which articles the bot knows')
  .setDescriptionLocalizations({ de: 'Welche Artikel der Bot kennt' })
  .setContexts(...contexts);

// Shown only to members with Manage Server by default; the handler checks the permission again.
const addArticle = new SlashCommandBuilder()
  .setName(COMMAND.addArticle)
  .setNameLocalizations({ de: 'artikel-hinzufuegen' })
  .setDescription('Add a news article by its web address (Manage Server only)')
  .setDescriptionLocalizations({ de: 'Einen Artikel über seine Webadresse hinzufügen (nur mit „Server verwalten“)' })
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((option) =>
    option
      .setName(ADD_OPTION.url)
      .setDescription('The address of the article, https://…')
      .setDescriptionLocalizations({ de: 'Die Adresse des Artikels, https://…' })
      .setRequired(true),
  );

/** The slash commands as Discord's API takes them: `/ask` (`/frage`), `/sources` (`/quellen`) and `/add-article`. */
export const discordCommands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [ask.toJSON(), sources.toJSON(), addArticle.toJSON()];
