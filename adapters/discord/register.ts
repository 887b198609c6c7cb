import { REST } from 'discord.js';
import { QaError } from '../../src/errors.ts';
import { loadEnvFile, readConfig } from '../common/config.ts';
import { DISCORD_HINTS, discordConfigSchema } from './config.ts';
import { explainLoginError } from './errors.ts';
import { registerCommands } from './registerCommands.ts';

async function main(): Promise<void> {
  const config = readConfig(discordConfigSchema, process.env, DISCORD_HINTS, loadEnvFile());
  const api = config.DISCORD_API_URL ?? 'https://discord.com/api';
  const rest = new REST({ api }).setToken(config.DISCORD_TOKEN);
  const guildId = config.DISCORD_GUILD_ID;
  const stored = await registerCommands(rest, { applicationId: config.DISCORD_APPLICATION_ID, guildId }).catch((error: unknown) => {
    throw explainLoginError(error, api);
  });
  const names = stored.map((command) => `/${command.name}`).join(', ');
  const where = guildId ? `in server ${guildId}; they show at once` : 'globally; they can take a few minutes to show in every server';
  process.stdout.write(`Registered ${stored.length} commands (${names}) ${where}.\n`);
}

function explain(error: unknown): string {
  if (error instanceof QaError) return error.message;
  if ((error as { status?: unknown }).status === 403) {
    return 'Discord refused to register the commands (Missing Access): check that DISCORD_APPLICATION_ID belongs to this token and, with DISCORD_GUILD_ID, that the bot was invited to that server with the applications.commands scope.';
  }
  return `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`;
}

main().catch((error: unknown) => {
  const text = explain(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
