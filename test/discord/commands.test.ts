import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/commands.ts';
import { registerCommands } from '../../adapters/discord/registerCommands.ts';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.ts';
import { TEST_APPLICATION_ID, TEST_TOKEN } from './harness.ts';

describe('the slash commands', () => {
  it('offer /ask with a required question and an optional private flag, in German /frage frage privat', () => {
    const ask = discordCommands.find((command) => command.name === 'ask')!;
    expect(ask.name_localizations).toEqual({ de: 'frage' });
    expect(ask.options?.map((option) => [option.name, option.name_localizations, option.required ?? false])).toEqual([
      ['question', { de: 'frage' }, true],
      ['private', { de: 'privat' }, false],
    ]);
  });

  it('offer /sources, in German /quellen, in servers and in DMs with the bot', () => {
    const sources = discordCommands.find((command) => command.name === 'sources')!;
    expect(sources.name_localizations).toEqual({ de: 'quellen' });
    expect(discordCommands.map((command) => command.contexts)).toEqual([[0, 1], [0, 1], [0]]);
  });

  it('offer /add-article with a required url, in servers only, shown by default to members with Manage Server', () => {
    const add = discordCommands.find((command) => command.name === 'add-article')!;
    expect(add.options?.map((option) => [option.name, option.required ?? false])).toEqual([['url', true]]);
    expect(add.default_member_permissions).toBe('32');
  });
});

describe('registerCommands', () => {
  let fake: FakeDiscord;
  let rest: REST;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID });
    rest = new REST({ api: fake.apiUrl }).setToken(TEST_TOKEN);
  });
  afterAll(() => fake.close());

  it('registers /ask, /sources and /add-article in one server when a guild id is given, so they show at once', async () => {
    const stored = await registerCommands(rest, { applicationId: TEST_APPLICATION_ID, guildId: fake.guild.id });
    expect(stored.map((command) => command.name)).toEqual(['ask', 'sources', 'add-article']);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', route: `/applications/${TEST_APPLICATION_ID}/guilds/${fake.guild.id}/commands` });
  });

  it('registers them globally without a guild id', async () => {
    await registerCommands(rest, { applicationId: TEST_APPLICATION_ID });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PUT',
      route: `/applications/${TEST_APPLICATION_ID}/commands`,
      body: JSON.parse(JSON.stringify(discordCommands)),
    });
  });
});
