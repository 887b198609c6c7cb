import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith } from './helpers/folder.ts';
import { startNewsServer, type NewsServer } from './helpers/newsServer.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Runs an npm script in the project with the given standard input; bounded by a timeout. */
function npm(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: root, env: { ...process.env, KNOWLEDGE_DIR: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm ${args.join(' ')} did not finish in 60 s`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

describe('npm run add, then npm start on that folder', () => {
  it('adds the article, refuses to overwrite it, and answers from it with its URL, declining the page around it', async () => {
    const dir = folderWith({});
    const file = path.join(dir, 'neue-faehre-fuer-den-hafen-von-lindenau.md');
    const added = await npm(['add', '--', site.url('/lokales/neue-faehre.html'), '--knowledge', dir]);
    expect(added).toEqual({
      code: 0,
      stdout: `Added "Neue Fähre für den Hafen von Lindenau": 6 paragraph(s), ${file}\n  source: https://kreisbote.example/lokales/neue-faehre-lindenau\n  date: 2025-03-14\n`,
      stderr: '',
    });
    expect(await npm(['add', '--', site.url('/lokales/neue-faehre.html'), '--knowledge', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file} already exists: pass --force to replace it, or remove it first.\n`,
    });

    const asked = await npm(
      ['start', '--', '--knowledge', dir],
      'Wann wird die Fähre ausgeliefert?\nWie viele Partner verarbeiten die Daten laut Cookie-Hinweis?\nWelche Rubriken stehen in der Navigation?\n',
    );
    expect(asked.stdout.split('\n')).toEqual([
      'Oktober',
      '  „Die neue Fähre wird in einer Werft in Rostock gebaut und soll im Oktober ausgeliefert werden.“',
      expect.stringMatching(/^ {2}— Neue Fähre für den Hafen von Lindenau, Absatz 5 \(Konfidenz \d+ %\)$/),
      '    https://kreisbote.example/lokales/neue-faehre-lindenau',
      'Dazu steht nichts im Artikel.',
      'Dazu steht nichts im Artikel.',
      '',
    ]);
  });

  it('says why a page cannot be added, with exit code 1', async () => {
    const dir = folderWith({});
    const cases: Array<[string, string]> = [
      ['/gibt-es-nicht.html', `${site.url('/gibt-es-nicht.html')} was not found (HTTP 404): check the address.`],
      ['/bericht.pdf', `${site.url('/bericht.pdf')} is application/pdf, not an HTML page or plain text: only web pages and text can be added.`],
      [
        '/index.html',
        `${site.url('/index.html')} has no recognisable article (only 0 characters of article text): save the article's own page, not a front page or list of links.`,
      ],
    ];
    for (const [pathname, message] of cases) {
      expect(await npm(['add', '--', site.url(pathname), '--knowledge', dir])).toEqual({ code: 1, stdout: '', stderr: `${message}\n` });
    }
  });
});
