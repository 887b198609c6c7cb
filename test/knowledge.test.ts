import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { parseArticle } from '../src/knowledge/parseArticle.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('parseArticle', () => {
  it('reads the bundled article: first line is the title, then one paragraph per line', async () => {
    const { articles, synonyms } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine');
    expect(articles[0]!.paragraphs).toHaveLength(13);
    expect(articles[0]!.paragraphs[12]).toBe(
      'Die Formulierung neuer Zielvorgaben soll beim bevorstehenden NATO-Gipfel im Juni in Den Haag finalisiert werden.',
    );
    expect(synonyms).toEqual([]);
  });

  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    const article = parseArticle('bericht.txt', bytes('Titel\n\nErster Absatz,\nder weitergeht.\n\nZweiter Absatz.\n'));
    expect(article).toMatchObject({ id: 'bericht', title: 'Titel', paragraphs: ['Erster Absatz, der weitergeht.', 'Zweiter Absatz.'] });
  });

  it('takes a "# " heading as title and reads Markdown front matter', () => {
    const article = parseArticle(
      'b.md',
      bytes('---\ntitle: "Aus dem Kopf"\nlanguage: de\nsource: https://example.org/a\ndate: 2025-04-04\n---\n# Überschrift\n\nText.\n'),
    );
    expect(article).toMatchObject({
      title: 'Aus dem Kopf',
      language: 'de',
      source: 'https://example.org/a',
      date: '2025-04-04',
      paragraphs: ['Überschrift', 'Text.'],
    });
    expect(parseArticle('c.md', bytes('# Überschrift\n\nText eins.\n\nText zwei.')).title).toBe('Überschrift');
  });

  it('keeps a byte-order mark and Windows line ends out of the text', () => {
    expect(parseArticle('w.txt', bytes('\uFEFFTitel\r\nZeile eins.\r\nZeile zwei.\r\n'))).toMatchObject({
      title: 'Titel',
      paragraphs: ['Zeile eins.', 'Zeile zwei.'],
    });
  });
});

describe('loadKnowledge refuses broken knowledge with a message naming the culprit', () => {
  it('a folder that does not exist', async () => {
    const missing = path.join(tmpdir(), 'no-such-knowledge-folder');
    await expect(loadKnowledge(missing)).rejects.toMatchObject({
      code: 'KNOWLEDGE_MISSING',
      message: `Knowledge folder ${missing} does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md/.html articles.`,
    });
  });

  it('a folder without articles', async () => {
    const dir = folderWith({ 'notes.json': '{}' });
    await expect(loadKnowledge(dir)).rejects.toMatchObject({
      code: 'KNOWLEDGE_EMPTY',
      message: `No articles in ${dir}: add at least one .txt, .md or .html article, or point KNOWLEDGE_DIR at a folder that has them.`,
    });
  });

  it('an empty file', async () => {
    await expect(loadKnowledge(folderWith({ 'leer.txt': '  \n\n' }))).rejects.toMatchObject({
      code: 'KNOWLEDGE_EMPTY_FILE',
      message: 'leer.txt has no text: write a title line and at least one paragraph, or remove the file.',
    });
  });

  it('a file with a title only', async () => {
    await expect(loadKnowledge(folderWith({ 'titel.md': '# Nur ein Titel\n' }))).rejects.toMatchObject({
      code: 'KNOWLEDGE_EMPTY_FILE',
      message: "titel.md has a title but no paragraphs: add the article's text below the title.",
    });
  });

  it('a binary file', async () => {
    await expect(loadKnowledge(folderWith({ 'bild.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }))).rejects.toMatchObject({
      code: 'KNOWLEDGE_BINARY',
      message: 'bild.txt looks binary (it contains NUL bytes): knowledge files must be UTF-8 text (.txt, .md or .html).',
    });
  });

  it('a file that is not UTF-8', async () => {
    await expect(
      loadKnowledge(folderWith({ 'latin1.txt': new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]) })),
    ).rejects.toMatchObject({
      code: 'KNOWLEDGE_BINARY',
      message: 'latin1.txt is not valid UTF-8: save it as UTF-8 text.',
    });
  });

  it('an unreadable entry', async () => {
    const dir = folderWith({ 'gut.txt': 'Titel\nText.' });
    mkdirSync(path.join(dir, 'ordner.txt'));
    await expect(loadKnowledge(dir)).rejects.toMatchObject({
      code: 'KNOWLEDGE_UNREADABLE',
      message: `Cannot read ${path.join(dir, 'ordner.txt')} (EISDIR): check that it is a readable file.`,
    });
  });

  it('a synonym line with one word', async () => {
    await expect(
      loadKnowledge(folderWith({ 'a.txt': 'Titel\nText.', 'synonyms.txt': '# Kommentar\nChef = Generalsekretär\nAmerika\n' })),
    ).rejects.toMatchObject({
      code: 'KNOWLEDGE_BAD_SYNONYMS',
      message: 'synonyms.txt line 3 needs at least two words joined by "=" (e.g. "Auto = Wagen").',
    });
  });

  it('reads synonyms.txt beside the articles, not as an article', async () => {
    const { articles, synonyms } = await loadKnowledge(
      folderWith({ 'a.txt': 'Titel\nText.', 'synonyms.txt': 'Chef = Generalsekretär\nAmerika, USA , Vereinigte Staaten\n' }),
    );
    expect(articles.map((article) => article.id)).toEqual(['a']);
    expect(synonyms).toEqual([
      ['Chef', 'Generalsekretär'],
      ['Amerika', 'USA', 'Vereinigte Staaten'],
    ]);
  });
});
