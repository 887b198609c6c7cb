import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { runConsole } from '../adapters/console/session.ts';
import { createEngine } from '../src/engine.ts';

const root = path.resolve(import.meta.dirname, '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project with the given standard input; bounded by a timeout. */
function run(command: string, args: string[], input: string | Uint8Array, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, KNOWLEDGE_DIR: '', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in 30 s`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}

const consoleBot = (args: string[], input: string | Uint8Array, env?: Record<string, string>) => run(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts', ...args], input, env);

describe('the console bot as a process', () => {
  it('answers the README example through npm start with exactly two JSON lines', async () => {
    const { code, stdout } = await run('npm', ['start', '--silent', '--', '--json'], 'Wer ist der NATO-Generalsekretär?\nWie wird das Wetter morgen?\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ question: 'Wer ist der NATO-Generalsekretär?', answered: true, span: expect.any(Boolean), reason: 'answered', suggestions: [], source: { paragraph: 4 } });
    expect(lines[0].passage).toContain('Der NATO-Generalsekretär Mark Rutte betonte');
    expect(lines[1]).toMatchObject({ question: 'Wie wird das Wetter morgen?', answered: false, passage: null, source: null });
  });

  it('gives every input line its one JSON line, in order: blank, 100 kB, invalid UTF-8, markup', async () => {
    const input = Buffer.concat([
      Buffer.from('Wann ist der NATO-Gipfel?\n\n'),
      Buffer.from(`${'Ukraine '.repeat(12_500)}\n`),
      Buffer.from([0xff, 0xfe, 0x57, 0x65, 0x72, 0x0a]),
      Buffer.from('<script>alert(1)</script> @everyone\nWer ist der NATO-Generalsekretär?'),
    ]);
    const { code, stdout, stderr } = await consoleBot(['--json'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.answered, line.span ? line.answer : line.passage?.slice(0, 30) ?? line.answer])).toEqual([
      [true, expect.stringMatching(/^(?:Juni$|Die Formulierung neuer)/)],
      [false, 'Bitte stell eine Frage zum Artikel, z. B. „Wer ist NATO-Generalsekretär?“'],
      [false, 'Die Frage ist zu lang (höchstens 1000 Zeichen). Bitte kürzer fragen.'],
      [false, 'Dazu steht nichts im Artikel.'],
      [false, 'Dazu steht nichts im Artikel.'],
      [true, expect.stringMatching(/^(?:Mark Rutte$|Der NATO-Generalsekretär Mark)/)],
    ]);
  });

  it('ends quietly with exit code 0 when the reader stops reading (EPIPE, as with | head -1)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts', '--json'], { cwd: root, env: { ...process.env, KNOWLEDGE_DIR: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.stdin.on('error', () => undefined);
    child.stdin.end('Wer ist der NATO-Generalsekretär?\n'.repeat(2000));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('answers one question per line in plain text when input is not a terminal', async () => {
    const { code, stdout } = await consoleBot([], 'Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?\n');
    expect(code).toBe(0);
    expect(stdout).toContain('etwa 50 Milliarden Euro\n  „Im Jahr 2024 haben die NATO-Alliierten insgesamt etwa 50 Milliarden Euro');
    expect(stdout).toContain('— NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine, Absatz 7 (Konfidenz');
  });

  it('answers from another folder given with --knowledge', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-knowledge-'));
    writeFileSync(path.join(dir, 'zoo.txt'), 'Neues aus dem Zoo\n\nDer Zoo Leipzig bekam im Mai 2025 zwei Elefanten aus Thailand.\n');
    const { stdout } = await consoleBot(['--json', '--knowledge', dir], 'Wie viele Elefanten bekam der Zoo?\n');
    expect(JSON.parse(stdout)).toMatchObject({ answered: true, answer: 'zwei', source: { title: 'Neues aus dem Zoo', paragraph: 1 } });
  });

  it('stops with a clear message and exit code 1 when the knowledge folder is missing', async () => {
    const { code, stdout, stderr } = await consoleBot([], '', { KNOWLEDGE_DIR: '/nonexistent/knowledge' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Knowledge folder /nonexistent/knowledge does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md articles.\n');
  });

  it('explains an unknown option', async () => {
    const { code, stderr } = await consoleBot(['--jsn'], '');
    expect(code).toBe(1);
    expect(stderr).toContain("Unknown option '--jsn'");
    expect(stderr).toContain('Usage: npm start -- [--json] [--knowledge DIR]');
  });
});

describe('console lines', () => {
  it('ends a line only at \\n or \\r\\n, never at a lone \\r', async () => {
    const engine = createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const session = runConsole(engine, { input, output, interactive: false, json: true });
    input.write('Wer ist der\rNATO-Generalsekretär?\r\nWie wird ');
    input.end('das Wetter morgen?\n\r\rEnde');
    await session;
    expect(text.trimEnd().split('\n').map((line) => JSON.parse(line).question)).toEqual(['Wer ist der\rNATO-Generalsekretär?', 'Wie wird das Wetter morgen?', '\r\rEnde']);
  });
});

describe('an interactive console session', () => {
  it('greets, helps, answers in the language asked and ends on exit', async () => {
    const engine = createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const session = runConsole(engine, { input, output, interactive: true, json: false });
    input.end('hilfe\nWho is the NATO secretary general?\n\nexit\nWer ist der NATO-Generalsekretär?\n');
    await session;
    expect(text.startsWith('Hallo! Ich beantworte Fragen zu 1 Artikel(n). Tippe „hilfe“ für Hilfe, „exit“ zum Beenden.\n> ')).toBe(true);
    expect(text).toContain('Stell eine Frage auf Deutsch oder Englisch');
    expect(text).toMatch(/(?:Mark Rutte\x1b\[22m\n  )?„Der NATO-Generalsekretär Mark Rutte betonte/);
    expect(text).toContain(', paragraph 4 (confidence');
    expect(text.match(/„Der NATO-Generalsekretär Mark Rutte betonte/g)).toHaveLength(1);
  });
});
