import { Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { discordCommands } from './commands.ts';

/** Where to register: one server (`guildId`, changes show at once) or every server (global). */
export interface RegisterTarget {
  applicationId: string;
  guildId?: string;
}

/** Replaces the application's slash commands with {@link discordCommands}; returns what Discord stored. */
export async function registerCommands(rest: REST, { applicationId, guildId }: RegisterTarget): Promise<RESTPutAPIApplicationCommandsResult> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  return (await rest.put(route, { body: discordCommands })) as RESTPutAPIApplicationCommandsResult;
}
