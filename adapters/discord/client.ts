import { Client, GatewayIntentBits, Options, Partials, REST, type MessageMentionOptions } from 'discord.js';

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
  const client = new Client({
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
  exemptInteractionWebhooks(client);
  return client;
}

/**
 * How many requests a second the answers to interactions may make, apart from the bot's
 * other requests. Discord does not count interaction endpoints against a bot's global limit of 50
 * requests a second, so none is set here: their per-token route limits and any 429 still
 * hold them back. Under discord.js's one shared limit, 500 deferred answers took 10 s.
 */
export const INTERACTION_REQUESTS_PER_SECOND = Number.POSITIVE_INFINITY;

/**
 * Sends the edits and follow-ups of interaction replies (`/webhooks/<application>/<token>…`,
 * unauthenticated) through their own REST queue without the global limit, as Discord counts
 * them; every other request keeps the client's queue and its limit of 50 a second.
 */
function exemptInteractionWebhooks(client: Client): void {
  const interactions = new REST({ ...client.options.rest, globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND });
  const shared = client.rest.request.bind(client.rest);
  client.rest.request = (request) => {
    const application = client.application?.id;
    const own = application !== undefined && request.auth === false && request.fullRoute.startsWith(`/webhooks/${application}/`);
    return own ? interactions.request(request) : shared(request);
  };
}
