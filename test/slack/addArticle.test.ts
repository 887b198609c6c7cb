import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith } from '../helpers/folder.ts';
import { startNewsServer, type NewsServer } from '../helpers/newsServer.ts';
import { startHarness, TOKENS, type Harness } from './harness.ts';
import { slashCommandBody } from './payloads.ts';
import { postToApp } from './sign.ts';
import { readSlackConfig } from '../../adapters/slack/config.ts';

const ADMIN = 'U0EDITOR';
const FILE = 'neue-faehre-fuer-den-hafen-von-lindenau.md';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

let ids = 0;
/** Posts a signed /add-article and returns the text the app sent to its response_url. */
async function addArticle(harness: Harness, text: string, user: string) {
  const id = `add-${ids++}`;
  await postToApp(harness.eventsUrl, slashCommandBody({ command: '/add-article', text, user, responseUrl: harness.fake.responseUrl(id) }), {
    secret: TOKENS.signingSecret,
  });
  const response = await harness.fake.waitFor(`the reply to /add-article ${id}`, () => harness.fake.responses.find((post) => post.id === id));
  return response.body as { response_type?: string; text: string };
}

describe('/add-article on Slack', () => {
  let harness: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = folderWith({});
    // ALLOW_PRIVATE_URLS=true: the test site is on 127.0.0.1.
    harness = await startHarness({ articles: { dir, admins: [ADMIN], fetch: { allowPrivate: true } } });
  });
  afterAll(() => harness.stop());

  it('refuses a user not in ADMIN_USER_IDS politely, and adds nothing', async () => {
    const body = await addArticle(harness, `<${site.url('/lokales/neue-faehre.html')}>`, 'U0READER');
    expect(body).toMatchObject({ response_type: 'ephemeral', text: 'Artikel hinzufügen dürfen nur die Admins dieses Bots. Frag gern jemanden aus dem Team.' });
    expect(existsSync(path.join(dir, FILE))).toBe(false);
  });

  it('adds the article for an admin, from the link Slack sends, and says what was added', async () => {
    const body = await addArticle(harness, `<${site.url('/lokales/neue-faehre.html')}?von=slack&amp;teil=1|neue-faehre.html>`, ADMIN);
    expect(body).toMatchObject({
      response_type: 'ephemeral',
      text: `Hinzugefügt: „Neue Fähre für den Hafen von Lindenau“ (6 Absätze) als ${FILE}. Fragen dazu gehen in etwa einer Sekunde.`,
    });
    expect(existsSync(path.join(dir, FILE))).toBe(true);
    expect(site.requests.at(-1)).toBe('/lokales/neue-faehre.html?von=slack&teil=1');
  });

  it('gives an admin usage for an empty command and a clear message for a PDF', async () => {
    expect((await addArticle(harness, '  ', ADMIN)).text).toBe(
      'So geht es: /add-article mit der Adresse eines Artikels, z. B. /add-article https://example.org/artikel.html',
    );
    expect((await addArticle(harness, site.url('/bericht.pdf'), ADMIN)).text).toBe(
      `Konnte den Artikel nicht hinzufügen: ${site.url('/bericht.pdf')} is application/pdf, not an HTML page or plain text: only web pages and text can be added.`,
    );
  });
});

describe('/add-article on Slack, private addresses not allowed (the default)', () => {
  it('refuses a loopback address even for an admin', async () => {
    const dir = folderWith({});
    const harness = await startHarness({ articles: { dir, admins: [ADMIN] } });
    try {
      const body = await addArticle(harness, `<${site.url('/lokales/neue-faehre.html')}>`, ADMIN);
      expect(body.text).toBe(
        'Konnte den Artikel nicht hinzufügen: 127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address: only public web pages can be added from chat.',
      );
      expect(existsSync(path.join(dir, FILE))).toBe(false);
    } finally {
      await harness.stop();
    }
  });
});

describe('the settings for adding from chat', () => {
  const base = { SLACK_BOT_TOKEN: TOKENS.bot, SLACK_SIGNING_SECRET: TOKENS.signingSecret };

  it('reads ADMIN_USER_IDS as a list and ALLOW_PRIVATE_URLS as a flag, both off by default', () => {
    expect(readSlackConfig(base)).toMatchObject({ ADMIN_USER_IDS: [], ALLOW_PRIVATE_URLS: false });
    expect(readSlackConfig({ ...base, ADMIN_USER_IDS: 'U012ABC, W034DEF', ALLOW_PRIVATE_URLS: 'true' })).toMatchObject({
      ADMIN_USER_IDS: ['U012ABC', 'W034DEF'],
      ALLOW_PRIVATE_URLS: true,
    });
  });

  it('refuses malformed values, naming them', () => {
    expect(() => readSlackConfig({ ...base, ADMIN_USER_IDS: '@jana', ALLOW_PRIVATE_URLS: 'yes' })).toThrow(
      'ALLOW_PRIVATE_URLS is not valid: true or false (default false). ADMIN_USER_IDS is not valid: Slack user ids separated by commas, e.g. U012ABCDEF,U034GHIJKL (profile > ⋮ > Copy member ID). Copy .env.example to .env and set ALLOW_PRIVATE_URLS and ADMIN_USER_IDS in it.',
    );
  });
});
