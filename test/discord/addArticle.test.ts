import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApplicationCommandOptionType, InteractionResponseType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveEngine } from '../../adapters/common/liveEngine.ts';
import { loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { createLogger } from '../../adapters/common/logger.ts';
import { watchKnowledge } from '../../adapters/common/watchKnowledge.ts';
import { createEngine } from '../../src/engine.ts';
import { folderWith } from '../helpers/folder.ts';
import { startNewsServer, type NewsServer } from '../helpers/newsServer.ts';
import { isEphemeral } from './fakeDiscord.ts';
import { answerOf, callbackOf, sendAsk, sendCommand, startBotOnFake, type BotOnFake } from './harness.ts';

const MANAGE_SERVER = (BigInt('2248473465835073') | PermissionFlagsBits.ManageGuild).toString();
const FILE = 'neue-faehre-fuer-den-hafen-von-lindenau.md';
const urlOption = (url: string) => [{ name: 'url', type: ApplicationCommandOptionType.String, value: url }] as const;

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

/** A bot watching its own knowledge folder; `allowPrivate` is ALLOW_PRIVATE_URLS. */
async function botWithFolder(allowPrivate: boolean) {
  const dir = folderWith({ 'zoo.txt': 'Neues aus dem Zoo\n\nDer Zoo Leipzig bekam im Mai 2025 zwei Elefanten aus Thailand.\n' });
  const live = createLiveEngine(createEngine(await loadKnowledge(dir)));
  let added = () => {};
  const reloaded = new Promise<void>((resolve) => (added = resolve));
  const stopWatching = watchKnowledge({
    dir,
    live,
    logger: createLogger({ level: 'silent' }),
    debounceMs: 100,
    onReload: (result) => result.articles === 2 && added(),
  });
  const running = await startBotOnFake({ live, articles: { dir, fetch: { allowPrivate } } });
  return { dir, running, reloaded, stop: async () => (stopWatching(), await running.close()) };
}

describe('/add-article on Discord', () => {
  let bot: Awaited<ReturnType<typeof botWithFolder>>;
  let running: BotOnFake;
  beforeAll(async () => {
    bot = await botWithFolder(true);
    running = bot.running;
  });
  afterAll(() => bot.stop());

  it('refuses a member without Manage Server politely, privately, and adds nothing', async () => {
    const { interaction } = sendCommand(running.fake, 'add-article', [...urlOption(site.url('/lokales/neue-faehre.html'))], { locale: 'de' });
    const { body } = await callbackOf(running.fake, interaction);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(body)).toBe(true);
    expect(body.data.content).toBe('Artikel hinzufügen dürfen nur Mitglieder mit der Berechtigung „Server verwalten“. Frag gern jemanden aus dem Team.');
    expect(existsSync(path.join(bot.dir, FILE))).toBe(false);
  });

  it('adds the article for a member with Manage Server, says what was added, and answers from it with its link', async () => {
    const { interaction } = sendCommand(running.fake, 'add-article', [...urlOption(`<${site.url('/lokales/neue-faehre.html')}>`)], {
      permissions: MANAGE_SERVER,
    });
    const deferral = await callbackOf(running.fake, interaction);
    expect(deferral.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(isEphemeral(deferral.body)).toBe(true);
    const { content } = await answerOf(running.fake, interaction);
    expect(content).toBe(`Added "Neue Fähre für den Hafen von Lindenau" (6 paragraphs) as ${FILE}. Questions about it work in about a second.`);
    await bot.reloaded;
    const asked = sendAsk(running.fake, 'Wann wird die Fähre ausgeliefert?');
    const answer = await answerOf(running.fake, asked.interaction);
    expect(answer.body.embeds[0].url).toBe('https://kreisbote.example/lokales/neue-faehre-lindenau');
  });

  it('tells an admin when the article is there already, or the page fails', async () => {
    const again = sendCommand(running.fake, 'add-article', [...urlOption(site.url('/lokales/neue-faehre.html'))], { permissions: MANAGE_SERVER });
    expect((await answerOf(running.fake, again.interaction)).content).toBe(`That article is already there (${FILE}); nothing was overwritten.`);
    const missing = sendCommand(running.fake, 'add-article', [...urlOption(site.url('/weg.html'))], { permissions: MANAGE_SERVER, locale: 'de' });
    expect((await answerOf(running.fake, missing.interaction)).content).toBe(
      `Konnte den Artikel nicht hinzufügen: ${site.url('/weg.html')} was not found (HTTP 404): check the address.`,
    );
  });
});

describe('/add-article on Discord, private addresses not allowed (the default)', () => {
  it('refuses a loopback address even for an admin', async () => {
    const bot = await botWithFolder(false);
    try {
      const { interaction } = sendCommand(bot.running.fake, 'add-article', [...urlOption(site.url('/lokales/neue-faehre.html'))], {
        permissions: MANAGE_SERVER,
      });
      expect((await answerOf(bot.running.fake, interaction)).content).toBe(
        'Could not add the article: 127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address: only public web pages can be added from chat.',
      );
      expect(existsSync(path.join(bot.dir, FILE))).toBe(false);
    } finally {
      await bot.stop();
    }
  });
});
