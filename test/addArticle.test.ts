import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle } from '../adapters/common/addArticle.ts';
import { loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { formatConsoleAnswer } from '../adapters/console/format.ts';
import { createEngine } from '../src/engine.ts';
import { folderWith } from './helpers/folder.ts';
import { startNewsServer, type NewsServer } from './helpers/newsServer.ts';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

const local = { allowPrivate: true } as const;
const FILE = 'neue-faehre-fuer-den-hafen-von-lindenau.md';

describe('addArticle from a URL', () => {
  it('writes DIR/<slug>.md with front matter and only the article text, and says what it saved', async () => {
    const dir = folderWith({});
    const added = await addArticle(site.url('/lokales/neue-faehre.html'), { dir, fetch: local });
    expect(added).toEqual({
      title: 'Neue Fähre für den Hafen von Lindenau',
      paragraphs: 6,
      file: path.join(dir, FILE),
      source: 'https://kreisbote.example/lokales/neue-faehre-lindenau',
      date: '2025-03-14',
      language: 'de',
    });
    const text = readFileSync(added.file, 'utf8');
    expect(
      text.startsWith(
        '---\ntitle: Neue Fähre für den Hafen von Lindenau\nsource: https://kreisbote.example/lokales/neue-faehre-lindenau\ndate: 2025-03-14\nlanguage: de\nbyline: Jana Beispiel\n---\n',
      ),
    ).toBe(true);
    expect(text).not.toMatch(/Cookies|Anzeige|Mehr zum Thema|Leser42|Impressum|Politik/);
  });

  it('answers from the added article with its URL and declines questions about the page around it', async () => {
    const dir = folderWith({});
    await addArticle(site.url('/kurz/faehre'), { dir, fetch: local });
    const engine = createEngine(await loadKnowledge(dir));
    const answer = engine.ask('Wann wird die Fähre ausgeliefert?');
    expect(answer).toMatchObject({
      answered: true,
      answer: 'Oktober',
      source: { paragraph: 5, url: 'https://kreisbote.example/lokales/neue-faehre-lindenau', date: '2025-03-14' },
    });
    expect(formatConsoleAnswer(answer).split('\n').at(-1)).toBe('    https://kreisbote.example/lokales/neue-faehre-lindenau');
    for (const question of [
      'Wie viele Partner verarbeiten die Daten laut Cookie-Hinweis?',
      'Wie viel spart man beim Reisebüro Sonnenschein?',
      'Was schreibt Leser42 in den Kommentaren?',
      'Wie viele Besucher hatte das Hafenfest?',
    ]) {
      expect(engine.ask(question)).toMatchObject({ answered: false, reason: 'not-found' });
    }
  });

  it('takes the page address as source for plain text', async () => {
    const dir = folderWith({});
    const added = await addArticle(site.url('/notiz.txt'), { dir, fetch: local });
    expect(added).toMatchObject({ title: 'Wochenmarkt zieht auf den Rathausplatz', paragraphs: 2, source: site.url('/notiz.txt'), language: 'de' });
  });

  it('never overwrites a file unless forced', async () => {
    const dir = folderWith({ [FILE]: 'Alt\n\nDer alte Text.\n' });
    await expect(addArticle(site.url('/lokales/neue-faehre.html'), { dir, fetch: local })).rejects.toMatchObject({
      code: 'ARTICLE_EXISTS',
      message: `${path.join(dir, FILE)} already exists: pass --force to replace it, or remove it first.`,
    });
    expect(readFileSync(path.join(dir, FILE), 'utf8')).toBe('Alt\n\nDer alte Text.\n');
    await addArticle(site.url('/lokales/neue-faehre.html'), { dir, force: true, fetch: local });
    expect(readFileSync(path.join(dir, FILE), 'utf8')).toContain('Elektrofähre');
  });

  it('refuses a page without an article, naming the address', async () => {
    await expect(addArticle(site.url('/index.html'), { dir: folderWith({}), fetch: local })).rejects.toMatchObject({
      code: 'KNOWLEDGE_NO_ARTICLE',
      message: `${site.url('/index.html')} has no recognisable article (only 0 characters of article text): save the article's own page, not a front page or list of links.`,
    });
  });
});

describe('addArticle from a file', () => {
  it('reads a saved .html page and keeps its canonical URL', async () => {
    const saved = path.join(folderWith({}), 'gespeichert.html');
    writeFileSync(saved, readFileSync(path.join(import.meta.dirname, 'fixtures', 'web', 'news-article.html')));
    const added = await addArticle(saved, { dir: folderWith({}) });
    expect(added).toMatchObject({ paragraphs: 6, source: 'https://kreisbote.example/lokales/neue-faehre-lindenau' });
  });

  it('says so when the file cannot be read', async () => {
    await expect(addArticle('/nonexistent/seite.html', { dir: folderWith({}) })).rejects.toMatchObject({
      code: 'KNOWLEDGE_UNREADABLE',
      message: 'Cannot read /nonexistent/seite.html (ENOENT): give a web address (http:// or https://) or a readable .html, .md or .txt file.',
    });
  });
});
