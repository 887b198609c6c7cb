import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { parseArticle } from '../src/knowledge/parseArticle.ts';
import { parseHtmlArticle } from '../src/knowledge/parseHtml.ts';
import { folderWith } from './helpers/folder.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', 'web', name));

describe('an .html news page in the knowledge folder', () => {
  const article = parseArticle('faehre.html', fixture('news-article.html'));

  it("keeps the article's title, paragraphs and subheading, in order", () => {
    expect(article.title).toBe('Neue Fähre für den Hafen von Lindenau');
    expect(article.paragraphs).toEqual([
      'Der Hafen von Lindenau bekommt im Herbst eine neue Elektrofähre. Der Stadtrat hat den Kauf am Donnerstagabend mit großer Mehrheit beschlossen.',
      'Die Fähre soll 4,2 Millionen Euro kosten und bis zu 120 Fahrgäste sowie zwölf Fahrräder über den See bringen. Das Land übernimmt 60 Prozent der Kosten aus einem Förderprogramm für saubere Mobilität.',
      'Alte Fähre fährt seit 1987',
      'Die bisherige Fähre „Möwe“ ist seit 1987 im Einsatz und verbraucht nach Angaben der Stadtwerke rund 90.000 Liter Diesel im Jahr. Ersatzteile seien kaum noch zu bekommen, sagte Werkleiter Tomas Muster.',
      'Bürgermeisterin Petra Probe nannte den Beschluss einen wichtigen Schritt für den Klimaschutz im Landkreis. Die neue Fähre wird in einer Werft in Rostock gebaut und soll im Oktober ausgeliefert werden.',
      'Während der Umbauarbeiten am Anleger im September fällt der Fährbetrieb für drei Wochen aus. Die Stadtwerke wollen in dieser Zeit einen Ersatzbus um den See einsetzen.',
    ]);
  });

  it('leaves out navigation, cookie banner, ad, "Mehr zum Thema" box, byline line, comments and footer', () => {
    const text = article.paragraphs.join('\n');
    for (const boilerplate of [
      'Cookies',
      'akzeptieren',
      'Politik',
      'abonnieren',
      'Anzeige',
      'Reisebüro',
      'Mehr zum Thema',
      'Radweg',
      'Hafenfest',
      'Von Jana',
      'Kommentare',
      'Leser42',
      'Abgasen',
      'Impressum',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('reads byline, date, language and the canonical URL as source', () => {
    expect(article).toMatchObject({
      id: 'faehre',
      byline: 'Jana Beispiel',
      date: '2025-03-14',
      language: 'de',
      source: 'https://kreisbote.example/lokales/neue-faehre-lindenau',
    });
  });

  it('reads date and author from JSON-LD and the language from <html lang>', () => {
    const english = parseArticle('repair.htm', fixture('english-article.html'));
    expect(english).toMatchObject({ id: 'repair', title: 'Town library opens a repair café', byline: 'Sam Example', date: '2025-05-02', language: 'en' });
    expect(english.paragraphs).toHaveLength(3);
    expect(english.paragraphs.join(' ')).not.toMatch(/Home|Events|Privacy/);
  });

  it('takes the page address as source when the page names no canonical URL, and resolves a relative one', () => {
    expect(parseHtmlArticle('repair.html', fixture('english-article.html').toString(), { url: 'https://town.example/news/7' }).source).toBe(
      'https://town.example/news/7',
    );
    const relative = fixture('news-article.html').toString().replace('https://kreisbote.example/lokales/neue-faehre-lindenau', '/artikel/42');
    expect(parseHtmlArticle('faehre.html', relative, { url: 'https://kreisbote.example/x?y=1' }).source).toBe('https://kreisbote.example/artikel/42');
  });

  it('keeps the article when the whole page sits in a form or a wrapper whose class starts with a boilerplate word', () => {
    const wrapped = fixture('news-article.html')
      .toString()
      .replace('<body>', '<body><form id="aspnetForm"><div class="ad-free-layout">')
      .replace('</body>', '</div></form></body>');
    expect(parseHtmlArticle('faehre.html', wrapped).paragraphs).toEqual(article.paragraphs);
  });

  it('refuses a page without an article, naming the file', () => {
    expect(() => parseArticle('startseite.html', fixture('no-article.html'))).toThrow(
      expect.objectContaining({
        code: 'KNOWLEDGE_NO_ARTICLE',
        message:
          "startseite.html has no recognisable article (only 0 characters of article text): save the article's own page, not a front page or list of links.",
      }),
    );
  });

  it('refuses markup that is no page at all, and an empty file', () => {
    for (const html of ['', '<p>', '<html><body><p>Zu kurz.</p></body></html>']) {
      expect(() => parseArticle('x.html', new TextEncoder().encode(html))).toThrow(expect.objectContaining({ code: 'KNOWLEDGE_NO_ARTICLE' }));
    }
  });
});

describe('loadKnowledge with web pages', () => {
  it('loads .html and .htm beside .txt, and leaves out a page without an article, saying why', async () => {
    const dir = folderWith({
      'a.txt': 'Titel\nText.',
      'faehre.html': fixture('news-article.html'),
      'repair.htm': fixture('english-article.html'),
      'start.html': fixture('no-article.html'),
    });
    const knowledge = await loadKnowledge(dir);
    expect(knowledge.articles.map((article) => article.id)).toEqual(['a', 'faehre', 'repair']);
    expect(knowledge.skipped).toEqual([
      "start.html has no recognisable article (only 0 characters of article text): save the article's own page, not a front page or list of links.",
    ]);
  });

  it('stops when the only article is a page without one, naming it', async () => {
    const dir = folderWith({ 'start.html': fixture('no-article.html') });
    await expect(loadKnowledge(dir)).rejects.toMatchObject({
      code: 'KNOWLEDGE_EMPTY',
      message: `No articles in ${dir} (start.html has no recognisable article (only 0 characters of article text): save the article's own page, not a front page or list of links.): add at least one .txt, .md or .html article, or point KNOWLEDGE_DIR at a folder that has them.`,
    });
  });
});
