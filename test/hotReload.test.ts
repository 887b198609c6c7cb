import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveEngine } from '../adapters/common/liveEngine.ts';
import { loadKnowledge, loadReaders } from '../adapters/common/loadKnowledge.ts';
import { createLogger } from '../adapters/common/logger.ts';
import { watchKnowledge } from '../adapters/common/watchKnowledge.ts';
import { createEngine } from '../src/engine.ts';

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function watchedFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'reload-'));
  writeFileSync(path.join(dir, 'zoo.txt'), 'Neues aus dem Zoo\n\nDer Zoo Leipzig bekam im Mai 2025 zwei Elefanten aus Thailand.\n');
  const initial = await loadKnowledge(dir);
  const live = createLiveEngine(createEngine(initial));
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) }) });
  const reloads: Array<{ ok: boolean; articles: number; error?: string; skipped?: string[] }> = [];
  let notify: (() => void) | undefined;
  const nextReload = () =>
    new Promise<void>((resolve, reject) => {
      // A bound on waiting, not a speed check (speed is for scripts): a reload that never comes fails here.
      const timer = setTimeout(() => reject(new Error('no reload within 10 s')), 10_000);
      notify = () => (clearTimeout(timer), resolve());
    });
  stops.push(
    watchKnowledge({ dir, live, logger, initial, debounceMs: 100, folderCheckMs: 100, onReload: (result) => (reloads.push(result), notify?.()) }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  return { dir, live, lines, reloads, nextReload };
}

describe('hot reload of the knowledge folder', () => {
  it('makes an added article answerable once it is saved', async () => {
    const { dir, live, nextReload } = await watchedFolder();
    expect(live.current().ask('Wann öffnet das neue Aquarium?').answered).toBe(false);
    const reloaded = nextReload();
    writeFileSync(path.join(dir, 'aquarium.txt'), 'Aquarium eröffnet\n\nDas neue Aquarium in Leipzig öffnet am 3. Juni 2026.\n');
    await reloaded;
    expect(live.current().articles.map((article) => article.id)).toEqual(['aquarium', 'zoo']);
    expect(live.current().ask('Wann öffnet das neue Aquarium?')).toMatchObject({ answered: true, answer: '3. Juni 2026' });
  });

  it('makes a dropped-in .html page answerable, citing its canonical URL', async () => {
    const { dir, live, nextReload } = await watchedFolder();
    await loadReaders(); // as a running bot has, since watching started
    const reloaded = nextReload();
    writeFileSync(path.join(dir, 'faehre.html'), readFileSync(path.join(import.meta.dirname, 'fixtures', 'web', 'news-article.html')));
    await reloaded;
    expect(live.current().ask('Wann wird die Fähre ausgeliefert?')).toMatchObject({
      answered: true,
      answer: 'Oktober',
      source: { articleId: 'faehre', url: 'https://kreisbote.example/lokales/neue-faehre-lindenau' },
    });
  });

  it('leaves out a page without an article and keeps the rest live, logging which file', async () => {
    const { dir, live, lines, reloads, nextReload } = await watchedFolder();
    await loadReaders();
    const reloaded = nextReload();
    writeFileSync(path.join(dir, 'start.html'), readFileSync(path.join(import.meta.dirname, 'fixtures', 'web', 'no-article.html')));
    await reloaded;
    expect(reloads.at(-1)).toEqual({ ok: true, articles: 1 });
    expect(live.current().ask('Wie viele Elefanten bekam der Zoo?')).toMatchObject({ answered: true, answer: 'zwei Elefanten' });
    expect(lines.some((line) => line.includes('"event":"knowledge-file-skipped"') && line.includes('start.html has no recognisable article'))).toBe(true);
  });

  it('picks up a changed article and forgets a removed one', async () => {
    const { dir, live, nextReload } = await watchedFolder();
    let reloaded = nextReload();
    writeFileSync(path.join(dir, 'zoo.txt'), 'Neues aus dem Zoo\n\nDer Zoo Leipzig bekam im Mai 2025 drei Giraffen aus Kenia.\n');
    await reloaded;
    // What is quoted, answered or offered as where to look, is the changed article.
    const reply = live.current().ask('Woher kamen die Giraffen?');
    expect(reply.passage ?? reply.suggestions[0]?.passage).toContain('Kenia');
    writeFileSync(path.join(dir, 'b.txt'), 'Wetter\n\nIn Leipzig regnet es morgen.\n');
    await nextReload();
    reloaded = nextReload();
    rmSync(path.join(dir, 'b.txt'));
    await reloaded;
    expect(live.current().articles.map((article) => article.id)).toEqual(['zoo']);
  });

  it('refuses only a broken new file, says why, and keeps every good file live', async () => {
    const { dir, live, lines, reloads, nextReload } = await watchedFolder();
    let reloaded = nextReload();
    writeFileSync(path.join(dir, 'kaputt.txt'), new Uint8Array([0x00, 0x01, 0x02]));
    await reloaded;
    expect(reloads.at(-1)).toEqual({ ok: true, articles: 1, skipped: ['kaputt.txt'] });
    expect(live.current().ask('Wie viele Elefanten bekam der Zoo?')).toMatchObject({ answered: true, answer: 'zwei Elefanten' });
    const refused = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.event === 'knowledge-file-refused');
    expect(refused).toMatchObject({
      file: 'kaputt.txt',
      kept: false,
      reason: 'kaputt.txt looks binary (it contains NUL bytes): knowledge files must be UTF-8 text (.txt, .md or .html).',
    });
    // While kaputt.txt is still broken, a new good file goes live.
    reloaded = nextReload();
    writeFileSync(path.join(dir, 'aquarium.txt'), 'Aquarium eröffnet\n\nDas neue Aquarium in Leipzig öffnet am 3. Juni 2026.\n');
    await reloaded;
    expect(live.current().articles.map((article) => article.id)).toEqual(['aquarium', 'zoo']);
    expect(live.current().ask('Wann öffnet das neue Aquarium?')).toMatchObject({ answered: true, answer: '3. Juni 2026' });
  });

  it('keeps the last good version of a file that turns broken', async () => {
    const { dir, live, reloads, nextReload } = await watchedFolder();
    const reloaded = nextReload();
    writeFileSync(path.join(dir, 'zoo.txt'), new Uint8Array([0x00, 0x01, 0x02]));
    await reloaded;
    expect(reloads.at(-1)).toEqual({ ok: true, articles: 1, skipped: ['zoo.txt'] });
    expect(live.current().ask('Wie viele Elefanten bekam der Zoo?')).toMatchObject({ answered: true, answer: 'zwei Elefanten' });
  });

  it('keeps watching a folder that was deleted and made again', async () => {
    const { dir, live, lines, nextReload } = await watchedFolder();
    rmSync(dir, { recursive: true, force: true });
    await nextReload();
    expect(live.current().ask('Wie viele Elefanten bekam der Zoo?')).toMatchObject({ answered: true, answer: 'zwei Elefanten' });
    const reloaded = nextReload();
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'aquarium.txt'), 'Aquarium eröffnet\n\nDas neue Aquarium in Leipzig öffnet am 3. Juni 2026.\n');
    await reloaded;
    expect(live.current().articles.map((article) => article.id)).toEqual(['aquarium']);
    // And it is still watched after that.
    const again = nextReload();
    writeFileSync(path.join(dir, 'zoo.txt'), 'Neues aus dem Zoo\n\nDer Zoo Leipzig bekam im Mai 2025 drei Giraffen aus Kenia.\n');
    await again;
    expect(live.current().articles.map((article) => article.id)).toEqual(['aquarium', 'zoo']);
    expect(lines.some((line) => line.includes('"event":"knowledge-folder-missing"'))).toBe(true);
  });

  it('swaps the engine whole: a question asked during a reload sees the old or the new knowledge, never a mix', async () => {
    const { dir, live, nextReload } = await watchedFolder();
    const seen = new Set<number>();
    const reloaded = nextReload();
    writeFileSync(path.join(dir, 'aquarium.txt'), 'Aquarium eröffnet\n\nDas neue Aquarium in Leipzig öffnet am 3. Juni 2026.\n');
    const answers: string[] = [];
    // Asked from a timer; checked after it, since a failed expect inside a timer fails no test.
    const asking = setInterval(() => {
      const engine = live.current();
      seen.add(engine.articles.length);
      answers.push(engine.ask('Wie viele Elefanten bekam der Zoo?').answer);
    }, 1);
    await reloaded;
    clearInterval(asking);
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers)).toEqual(new Set(['zwei Elefanten']));
    expect([...seen].every((count) => count === 1 || count === 2)).toBe(true);
  });
});
