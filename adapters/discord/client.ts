import { Client, GatewayIntentBits, Options, Partials, type MessageMentionOptions } from 'discord.js';

/** Mentions no message of the bot may trigger: no @everyone, roles, users or reply pings. */
export const NO_MENTIONS = { parse: [], repliedUser: false } satisfies MessageMentionOptions;

/** Options for {@link createDiscordClient}. */
export interface DiscordClientOptions {
  /** REST base URL without the version (default Discord's, `https://discord.com/api`). */
  apiUrl?: string;
  /**
   * Ask for the privileged Message Content intent (default false), so follow-ups in threads
   * without a mention, and replies that do not ping the bot, arrive with their text.
   */
  messageContent?: boolean;
}

/**
 * A discord.js client with what the bot needs and no more: guilds, guild messages and
 * direct messages (no privileged intents; Discord still sends the text of messages that
 * mention the bot and of DMs), `Partials.Channel` for DMs, no mentions by default, and
 * small caches, since the bot never reads old messages.
 */
export function createDiscordClient({ apiUrl, messageContent = false }: DiscordClientOptions = {}): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
    rest: apiUrl ? { api: apiUrl } : {},
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}
