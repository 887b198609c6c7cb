import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  MessageType,
  SnowflakeUtil,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIGuildMember,
  type APIMessageComponentInteraction,
  type APIMessage,
  type APIUser,
  type GatewayMessageCreateDispatchData,
} from 'discord.js';

/** A fresh snowflake id, as Discord makes them (17-19 digits). */
export function snowflake(): string {
  return SnowflakeUtil.generate().toString();
}

/** A Discord user; `bot` marks bot accounts. */
export function fakeUser(username: string, { id = snowflake(), bot = false }: { id?: string; bot?: boolean } = {}): APIUser {
  return { id, username, global_name: username, discriminator: '0', avatar: null, bot, flags: 0 as APIUser['flags'] };
}

/** A guild member wrapping `user`, as guild events carry it. */
export function fakeMember(user: APIUser): APIGuildMember {
  return {
    user,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    nick: null,
    avatar: null,
    banner: null,
  };
}

/** A fake server with one text channel. */
export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

/** Where an event happens: a guild channel, or a DM channel when `guild` is unset. */
export interface Place {
  guild?: FakeGuild;
  channelId: string;
}

/** Options of a slash command interaction. */
export interface CommandInteractionInit {
  applicationId: string;
  name: string;
  options?: APIApplicationCommandInteractionDataOption[];
  user: APIUser;
  place: Place;
  /** The user's client language (default `en-US`). */
  locale?: string;
  /** When Discord created it, in ms since 1970 (default now); older ones model a backlogged bot. */
  createdAt?: number;
  /** The member's permissions in the guild, as Discord's decimal bit field (default: a member's usual ones, without Manage Server). */
  permissions?: string;
}

/** An INTERACTION_CREATE payload for a slash command, with the fields discord.js requires. */
export function commandInteraction({
  applicationId,
  name,
  options = [],
  user,
  place,
  locale = 'en-US',
  createdAt = Date.now(),
  permissions = '2248473465835073',
}: CommandInteractionInit): APIChatInputApplicationCommandInteraction {
  const base = {
    id: SnowflakeUtil.generate({ timestamp: createdAt }).toString(),
    application_id: applicationId,
    type: InteractionType.ApplicationCommand,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    locale,
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8 * 1024 * 1024,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options },
  } as const;
  if (!place.guild) {
    return {
      ...base,
      user,
      channel_id: place.channelId,
      channel: { id: place.channelId, type: ChannelType.DM, recipients: [user], last_message_id: null, flags: 0 },
      context: InteractionContextType.BotDM,
    } as unknown as APIChatInputApplicationCommandInteraction;
  }
  return {
    ...base,
    guild_id: place.guild.id,
    guild_locale: 'de',
    guild: { id: place.guild.id, locale: 'de', features: [] },
    member: { ...fakeMember(user), permissions },
    channel_id: place.channelId,
    channel: { id: place.channelId, type: ChannelType.GuildText, guild_id: place.guild.id, name: 'general', position: 0, permission_overwrites: [], flags: 0 },
    context: InteractionContextType.Guild,
  } as unknown as APIChatInputApplicationCommandInteraction;
}

/** Options of a button click. */
export interface ButtonInteractionInit {
  applicationId: string;
  customId: string;
  user: APIUser;
  place: Place & { guild: FakeGuild };
  locale: string;
  /** The bot user, author of the message the button is under. */
  bot: APIUser;
  messageId: string;
  /** The id of the `/ask` interaction the message answered, if it did. */
  askedBy?: string;
}

/** An INTERACTION_CREATE payload for a click on a button under one of the bot's messages, in a guild channel. */
export function buttonInteraction({
  applicationId,
  customId,
  user,
  place,
  locale,
  bot,
  messageId,
  askedBy,
}: ButtonInteractionInit): APIMessageComponentInteraction {
  const message = {
    ...sentMessage(bot, place.channelId, { content: '' }, messageId),
    ...(askedBy ? { interaction_metadata: { id: askedBy, type: InteractionType.ApplicationCommand, user, authorizing_integration_owners: {} } } : {}),
  };
  return {
    id: snowflake(),
    application_id: applicationId,
    type: InteractionType.MessageComponent,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    locale,
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8 * 1024 * 1024,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
    guild_id: place.guild.id,
    guild_locale: 'de',
    guild: { id: place.guild.id, locale: 'de', features: [] },
    member: { ...fakeMember(user), permissions: '2248473465835073' },
    channel_id: place.channelId,
    channel: { id: place.channelId, type: ChannelType.GuildText, guild_id: place.guild.id, name: 'general', position: 0, permission_overwrites: [], flags: 0 },
    context: InteractionContextType.Guild,
  } as unknown as APIMessageComponentInteraction;
}

/** The options Discord sends for `/ask` (also when typed as `/frage`: it sends the base names). */
export function askOptions(question: string, isPrivate?: boolean): APIApplicationCommandInteractionDataOption[] {
  const options: APIApplicationCommandInteractionDataOption[] = [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }];
  if (isPrivate !== undefined) options.push({ name: 'private', type: ApplicationCommandOptionType.Boolean, value: isPrivate });
  return options;
}

/** Options of a MESSAGE_CREATE event. */
export interface MessageInit {
  content: string;
  author: APIUser;
  place: Place;
  /** Users the message mentions. */
  mentions?: APIUser[];
  /** Set when a webhook sent it. */
  webhookId?: string;
  /** The id of the message it replies to (in the same channel). */
  replyTo?: string;
}

/** A MESSAGE_CREATE payload; in DMs it carries `channel_type: 1`, which discord.js needs. */
export function messageCreate({ content, author, place, mentions = [], webhookId, replyTo }: MessageInit): GatewayMessageCreateDispatchData {
  const message = {
    id: snowflake(),
    channel_id: place.channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: replyTo ? MessageType.Reply : MessageType.Default,
    flags: 0,
    components: [],
    ...(webhookId ? { webhook_id: webhookId } : {}),
    ...(replyTo
      ? { message_reference: { type: 0, message_id: replyTo, channel_id: place.channelId, ...(place.guild ? { guild_id: place.guild.id } : {}) } }
      : {}),
  };
  if (!place.guild) return { ...message, channel_type: ChannelType.DM } as unknown as GatewayMessageCreateDispatchData;
  return {
    ...message,
    guild_id: place.guild.id,
    member: fakeMember(author),
    channel_type: ChannelType.GuildText,
  } as unknown as GatewayMessageCreateDispatchData;
}

/** A message as the REST API returns it after the bot sent or edited one. */
export function sentMessage(author: APIUser, channelId: string, body: Record<string, unknown>, id = snowflake()): APIMessage {
  return {
    id,
    channel_id: channelId,
    author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: body.message_reference ? MessageType.Reply : MessageType.Default,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    components: [],
  } as APIMessage;
}

/** The GUILD_CREATE payload for a fake guild that has the bot as its only member. */
export function guildCreate(guild: FakeGuild, bot: APIUser): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: bot.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [
      { id: guild.id, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'de',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 1,
    voice_states: [],
    members: [fakeMember(bot)],
    channels: [
      {
        id: guild.channelId,
        type: ChannelType.GuildText,
        guild_id: guild.id,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
        flags: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The shard Discord routes a guild's events to: `(guild_id >> 22) % shardCount`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A snowflake whose guild would live on `shard` of `shardCount`. */
export function snowflakeOnShard(shard: number, shardCount: number): string {
  for (let timestamp = Date.now(); ; timestamp++) {
    const id = SnowflakeUtil.generate({ timestamp }).toString();
    if (shardOf(id, shardCount) === shard) return id;
  }
}
