import { z } from 'zod';
import { baseConfigSchema } from '../common/config.ts';

const snowflake = z.string().regex(/^\d{17,20}$/);

/**
 * A bot token: three parts separated by dots, the first the bot user's ID (a snowflake) in
 * base64, the other two a timestamp and a signature (base64url characters).
 */
const botToken = z
  .string()
  .regex(/^[\w-]+\.[\w-]{4,}\.[\w-]{20,}$/)
  .refine((token) => /^\d{17,20}$/.test(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('latin1')));

/**
 * The Discord bot's variables on top of {@link baseConfigSchema}. `DISCORD_API_URL` is
 * normalised to the REST base without a trailing slash or version (what discord.js's
 * `rest.api` takes); the rate limit comes from the base schema.
 */
export const discordConfigSchema = baseConfigSchema.extend({
  DISCORD_TOKEN: botToken,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, '').replace(/\/v\d+$/, ''))
    .optional(),
  DISCORD_SHARD_COUNT: z.coerce.number().int().min(1).max(10_000).optional(),
  /** `true` asks for the privileged Message Content intent (enable it in the Developer Portal first); default false. */
  DISCORD_MESSAGE_CONTENT: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

/** The Discord bot's settings after validation. */
export type DiscordConfig = z.infer<typeof discordConfigSchema>;

/** Where to find each Discord variable, said when it is missing or wrong. */
export const DISCORD_HINTS: Record<string, string> = {
  DISCORD_TOKEN:
    'the bot token from the Discord Developer Portal > your application > Bot > Reset Token (three parts separated by dots, the first the bot ID in base64, without "Bot ")',
  DISCORD_APPLICATION_ID: 'the Application ID (17-20 digits) from the Discord Developer Portal > your application > General Information',
  DISCORD_GUILD_ID:
    'a server ID (17-20 digits): in Discord turn on Settings > Advanced > Developer Mode, then right-click the server > Copy Server ID; leave it empty to register commands globally',
  DISCORD_API_URL: 'an http(s) URL of the Discord REST API without the version, e.g. https://discord.com/api; leave it empty for Discord itself',
  DISCORD_SHARD_COUNT: 'a whole number of shards, e.g. 2; leave it empty for the number Discord recommends',
  DISCORD_MESSAGE_CONTENT: 'true or false; true needs Developer Portal > your application > Bot > Message Content Intent turned on',
};
