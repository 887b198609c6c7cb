import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QaError } from '../src/errors.ts';
import { articleToMarkdown, slugOf } from '../src/knowledge/articleMarkdown.ts';
import { parseArticle } from '../src/knowledge/parseArticle.ts';
import { parseHtmlArticle } from '../src/knowledge/parseHtml.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const md = (text: string) => parseArticle('bericht.md', bytes(text));

describe('Markdown articles', () => {
  it('drops formatting marks, link targets, images and raw HTML from the text', () => {
    const article = md(
      '# Titel\n\nDer **Rat** hat _heute_ den [Plan](https://example.org/plan) mit `Code` ~~nicht~~ beschlossen.![Foto](bild.jpg)\n\n<div class="x">Roh</div>\n\nEnde <b>fett</b>.\n',
    );
    expect(article.paragraphs).toEqual(['Der Rat hat heute den Plan mit Code nicht beschlossen.', 'Ende fett.']);
  });

  it('reads each list item, quoted paragraph and heading as a paragraph of its own', () => {
    const article = md(
      '# Titel\n\nEinleitung.\n\n## Die Punkte\n\n- erstens *dies*\n- zweitens das\n  - darunter noch\n\n1. eins\n2. zwei\n\n> Zitat eins.\n>\n> Zitat zwei.\n',
    );
    expect(article.paragraphs).toEqual([
      'Einleitung.',
      'Die Punkte',
      'erstens dies',
      'zweitens das',
      'darunter noch',
      'eins',
      'zwei',
      'Zitat eins.',
      'Zitat zwei.',
    ]);
  });

  it('reads a table row by row, cells joined by " | "', () => {
    expect(md('# Titel\n\n| Jahr | Summe |\n|---|---|\n| 2024 | 50 Mrd. |\n').paragraphs).toEqual(['Jahr | Summe', '2024 | 50 Mrd.']);
  });

  it('joins wrapped lines of a paragraph, as Markdown does', () => {
    expect(md('Titel\n\nErste Zeile\nzweite Zeile.\n').paragraphs).toEqual(['Erste Zeile zweite Zeile.']);
  });

  it('takes the title from front matter, else from the first heading or line, and never counts it as a paragraph', () => {
    expect(md('---\ntitle: Aus dem Kopf\n---\n# Aus dem Kopf\n\nText.\n')).toMatchObject({ title: 'Aus dem Kopf', paragraphs: ['Text.'] });
    expect(md('---\ntitle: Aus dem Kopf\n---\n# Anders\n\nText.\n')).toMatchObject({ title: 'Aus dem Kopf', paragraphs: ['Anders', 'Text.'] });
    expect(md('## **Fett** im Titel\n\nText.\n')).toMatchObject({ title: 'Fett im Titel', paragraphs: ['Text.'] });
    expect(md('Nur eine Zeile\n\nText.\n')).toMatchObject({ title: 'Nur eine Zeile', paragraphs: ['Text.'] });
  });

  it('reads YAML front matter: quoted values, byline, dates as written', () => {
    expect(
      md(
        '---\ntitle: "Titel: mit Doppelpunkt"\nsource: https://example.org/a\ndate: 2025-04-04\nlanguage: en\nbyline: Jana Beispiel\nother: ignored\n---\nText.\n',
      ),
    ).toMatchObject({
      title: 'Titel: mit Doppelpunkt',
      source: 'https://example.org/a',
      date: '2025-04-04',
      language: 'en',
      byline: 'Jana Beispiel',
      paragraphs: ['Text.'],
    });
  });

  it('refuses front matter that is not YAML, naming the file', () => {
    expect(() => md('---\ntitle: [kaputt\n---\nText.\n')).toThrow(
      expect.objectContaining({
        code: 'KNOWLEDGE_BAD_FRONT_MATTER',
        message: expect.stringMatching(/^bericht\.md has front matter that is not valid YAML \(.+\): fix it or remove the lines between the two "---"\.$/),
      }),
    );
  });
});

describe('articleToMarkdown', () => {
  // Text a paragraph may hold, Markdown's special characters included; whitespace as the readers leave it (single spaces, trimmed).
  const paragraph = fc
    .array(fc.constantFrom(...'aZ9ä .,:;!?-*_#>+=`~|[](){}<>&"\'\\1.2)'.split('')), { minLength: 1, maxLength: 40 })
    .map((chars) => chars.join('').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');

  it('writes front matter and paragraphs that read back exactly', () => {
    fc.assert(
      fc.property(paragraph, fc.array(paragraph, { minLength: 1, maxLength: 5 }), (title, paragraphs) => {
        const article = { id: 'x', title, paragraphs, language: 'de', source: 'https://example.org/a?b=1&c=2', date: '2025-03-14' };
        expect(parseArticle('x.md', bytes(articleToMarkdown(article)))).toEqual(article);
      }),
      { numRuns: 50 },
    );
  });

  it('makes file names from titles: lower case, umlauts spelt out, cut at a word end', () => {
    expect(slugOf('Neue Fähre für den Hafen von Lindenau')).toBe('neue-faehre-fuer-den-hafen-von-lindenau');
    expect(slugOf('Café „Größe“ & Co. — 2025!')).toBe('cafe-groesse-co-2025');
    expect(slugOf('Ein sehr langer Titel, der weit über die Länge hinausgeht, die ein Dateiname haben soll')).toBe(
      'ein-sehr-langer-titel-der-weit-ueber-die-laenge-hinausgeht',
    );
    expect(slugOf('«»')).toBe('article');
  });
});

describe('the HTML reader on any input', () => {
  it('returns an article or refuses with a message, never crashes', () => {
    const markup = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('<p>', '</p>', '<article>', '<nav>', '<div class="ad">', '</div>', '<h1>', '<html>', '<!--', '<script>', '&amp;', '<a href="x">'),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(markup, (parts) => {
        try {
          const article = parseHtmlArticle('x.html', parts.join(''));
          expect(article.paragraphs.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(QaError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
