import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { runConsole } from '../adapters/console/session.ts';
import { createEngine } from '../src/engine.ts';

/** Runs a console session over `input` (written in the chunks given) and returns everything it wrote. */
async function runSession(
  input: string | string[],
  options: { json?: boolean; terminal?: boolean; knowledge?: Parameters<typeof createEngine>[0] } = {},
): Promise<string> {
  const engine = createEngine(options.knowledge ?? (await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
  const stdin = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runConsole(engine, { input: stdin, output, interactive: !options.json, json: options.json ?? false, terminal: options.terminal ?? false });
  const chunks = typeof input === 'string' ? [input] : input;
  chunks.slice(0, -1).forEach((chunk) => stdin.write(chunk));
  stdin.end(chunks.at(-1));
  await done;
  return text;
}

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

const consoleBot = (args: string[], input: string | Uint8Array, env?: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts', ...args], input, env);

describe('the console bot as a process', () => {
  it('answers the README example through npm start with exactly two JSON lines', async () => {
    const { code, stdout } = await run('npm', ['start', '--silent', '--', '--json'], 'Wer ist der NATO-Generalsekretär?\nWie wird das Wetter morgen?\n');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      question: 'Wer ist der NATO-Generalsekretär?',
      answered: true,
      span: expect.any(Boolean),
      reason: 'answered',
      suggestions: [],
      source: { paragraph: 4 },
    });
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
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.answered, line.span ? line.answer : (line.passage?.slice(0, 30) ?? line.answer)])).toEqual([
      [true, expect.stringMatching(/^(?:Juni$|Die Formulierung neuer)/)],
      [false, 'Bitte stell eine Frage zum Artikel, z. B. „Wer ist NATO-Generalsekretär?“'],
      [false, 'Die Frage ist zu lang (höchstens 1000 Zeichen). Bitte kürzer fragen.'],
      [false, 'Dazu steht nichts im Artikel.'],
      // No function word says the language of "script alert everyone": its letters read as English.
      [false, 'The article does not say.'],
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
    expect(JSON.parse(stdout)).toMatchObject({ answered: true, answer: 'zwei Elefanten', source: { title: 'Neues aus dem Zoo', paragraph: 1 } });
  });

  it('stops with a clear message and exit code 1 when the knowledge folder is missing', async () => {
    const { code, stdout, stderr } = await consoleBot([], '', { KNOWLEDGE_DIR: '/nonexistent/knowledge' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'Knowledge folder /nonexistent/knowledge does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md/.html articles.\n',
    );
  });

  it('explains an unknown option', async () => {
    const { code, stderr } = await consoleBot(['--jsn'], '');
    expect(code).toBe(1);
    expect(stderr).toContain("Unknown option '--jsn'");
    expect(stderr).toContain('Usage: npm start -- [--json [--conversation]] [--knowledge DIR]');
  });
});

const DONE_WHEN = 'Wie viel Geld gab es 2024 für die Ukraine?\nund 2025?\nWer ist der NATO-Generalsekretär?\nWo hat er die Pressekonferenz gegeben?\n';

describe('a console conversation with --json --conversation', () => {
  // One run of the "Done when" command serves every check below.
  let done: Promise<Array<Record<string, unknown>>> | undefined;
  const lines = () =>
    (done ??= run('npm', ['start', '--silent', '--', '--json', '--conversation'], DONE_WHEN).then(({ code, stdout }) => {
      expect(code).toBe(0);
      return stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
    }));

  it('reads the follow-ups as standalone questions and says so in resolvedQuestion', async () => {
    const [first, second, third, fourth] = await lines();
    expect(first).not.toHaveProperty('resolvedQuestion');
    expect(second).toMatchObject({ question: 'und 2025?', resolvedQuestion: 'Wie viel Geld gab es 2025 für die Ukraine?' });
    expect(third).not.toHaveProperty('resolvedQuestion');
    expect(fourth).toMatchObject({
      question: 'Wo hat er die Pressekonferenz gegeben?',
      resolvedQuestion: 'Wo hat Mark Rutte die Pressekonferenz gegeben?',
    });
    expect(third).toMatchObject({ answered: true, passage: expect.stringContaining('Mark Rutte') });
    expect(fourth).toMatchObject({ answered: true, passage: expect.stringContaining('in Brüssel') });
  });

  // What each reply leads with (`answer`: the short answer, or the sentence when the engine does not vouch for a span).
  it('leads with 50 Milliarden, 20 Milliarden, Mark Rutte and Brüssel', async () => {
    const [first, second, third, fourth] = await lines();
    expect(first).toMatchObject({ answered: true, answer: expect.stringContaining('50 Milliarden') });
    expect(second).toMatchObject({ answered: true, answer: expect.stringContaining('20 Milliarden') });
    expect(third).toMatchObject({ answered: true, answer: expect.stringContaining('Mark Rutte') });
    expect(fourth).toMatchObject({ answered: true, answer: expect.stringContaining('Brüssel') });
  });

  it('keeps --json lines independent without --conversation', async () => {
    const text = await runSession(DONE_WHEN, { json: true });
    const answers = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.question)).toEqual(DONE_WHEN.trimEnd().split('\n'));
    expect(answers.filter((answer) => 'resolvedQuestion' in answer)).toEqual([]);
  });
});

describe('console lines', () => {
  it('ends a line only at \\n or \\r\\n, never at a lone \\r', async () => {
    const text = await runSession(['Wer ist der\rNATO-Generalsekretär?\r\nWie wird ', 'das Wetter morgen?\n\r\rEnde'], { json: true });
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).question),
    ).toEqual(['Wer ist der\rNATO-Generalsekretär?', 'Wie wird das Wetter morgen?', '\r\rEnde']);
  });
});

describe('an interactive console session', () => {
  const bundled = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);

  /** Runs a session over the given input and returns everything it wrote. */
  const session = async (lines: string, options: Parameters<typeof runSession>[1] = {}) => runSession(lines, { knowledge: await bundled, ...options });

  const GERMAN_HELP =
    'Stell eine Frage auf Deutsch oder Englisch, z. B. „Wie viel Geld haben die NATO-Alliierten 2024 bereitgestellt?“. Ich antworte kurz, zitiere den Satz und nenne Artikel und Absatz. Nachfragen wie „und 2025?“ beziehen sich auf die vorige Frage; „neu“ beginnt von vorn. „beenden“ (oder Strg-D, Strg-C) beendet.';
  const ENGLISH_HELP =
    'Ask a question in German or English, e.g. "How much money did NATO allies provide in 2024?". I answer briefly, quote the sentence and name the article and paragraph. Follow-ups such as "what about 2025?" refer to the question before; "new" starts afresh. "exit" or "quit" (or Ctrl-D, Ctrl-C) ends the session.';
  const helpsIn = (text: string) => text.split('\n').flatMap((line) => (line.endsWith(GERMAN_HELP) ? ['de'] : line.endsWith(ENGLISH_HELP) ? ['en'] : []));

  it('greets, helps, answers in the language asked and ends on exit', async () => {
    const text = await session('hilfe\nWho is the NATO secretary general?\n\nexit\nWer ist der NATO-Generalsekretär?\n');
    expect(text.startsWith('Hallo! Ich beantworte Fragen zu 1 Artikel. Tippe „hilfe“ für Hilfe, „beenden“ zum Beenden.\n> ')).toBe(true);
    expect(helpsIn(text)).toEqual(['de']);
    expect(text).toMatch(/(?:Mark Rutte\x1b\[22m\n {2})?„Der NATO-Generalsekretär Mark Rutte betonte/);
    expect(text).toContain(', paragraph 4 (confidence');
    expect(text.match(/„Der NATO-Generalsekretär Mark Rutte betonte/g)).toHaveLength(1);
  });

  it('is one conversation: shows how a follow-up was understood, and "neu" starts afresh', async () => {
    const text = await runSession('Wer ist der NATO-Generalsekretär?\nWo hat er die Pressekonferenz gegeben?\nneu\nWo hat er die Pressekonferenz gegeben?\n');
    expect(text.match(/\(Verstanden als: Wo hat Mark Rutte die Pressekonferenz gegeben\?\)\n/g)).toHaveLength(1);
    expect(text).toContain('> Neues Gespräch: Nachfragen beziehen sich nicht mehr auf die Fragen davor.\n> ');
    expect(text.slice(text.indexOf('Neues Gespräch'))).not.toContain('Verstanden als');
  });

  it('gives help in the language of the word typed, whatever was asked before', async () => {
    expect(helpsIn(await session('help\n'))).toEqual(['en']);
    expect(helpsIn(await session('Who is the NATO secretary general?\nHilfe\n'))).toEqual(['de']);
    expect(helpsIn(await session('/help\n/hilfe\nHELP\n'))).toEqual(['en', 'de', 'en']);
  });

  it('gives help for "?" in the language last used', async () => {
    expect(helpsIn(await session('?\n'))).toEqual(['de']);
    expect(helpsIn(await session('Who is the NATO secretary general?\n?\n'))).toEqual(['en']);
    expect(helpsIn(await session('help\nWer ist der NATO-Generalsekretär?\n?\n'))).toEqual(['en', 'de']);
  });

  it.each(['exit', 'quit', 'beenden', 'Quit', '/exit'])('ends on "%s" and answers nothing after it', async (word) => {
    const text = await session(`${word}\nWer ist der NATO-Generalsekretär?\n`);
    expect(text).toBe('Hallo! Ich beantworte Fragen zu 1 Artikel. Tippe „hilfe“ für Hilfe, „beenden“ zum Beenden.\n> ');
  });

  it('ends when input ends (Ctrl-D) without a further reply', async () => {
    const text = await session('Wer ist der NATO-Generalsekretär?\n');
    expect(text.endsWith('> ')).toBe(true);
    expect(text.match(/> /g)).toHaveLength(2);
  });

  it('ends on Ctrl-C at a terminal with a new line and no ^C', async () => {
    const engine = createEngine(await bundled);
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runConsole(engine, { input, output, interactive: true, json: false, terminal: true });
    const helped = new Promise<void>((resolve) => output.on('data', () => helpsIn(text).length > 0 && resolve()));
    input.write('hilfe\r');
    await helped;
    input.write('\x03');
    await done;
    expect(helpsIn(text)).toEqual(['de']);
    expect(text).not.toContain('^C');
    // The prompt (with readline's cursor move), then the new line Ctrl-C leaves for the shell.
    expect(text).toMatch(/> (?:\x1b\[3G)?\n$/);
  });

  it('ends when its signal aborts, as on SIGINT from a pipe', async () => {
    const engine = createEngine(await bundled);
    const input = new PassThrough();
    const output = new PassThrough();
    const stop = new AbortController();
    const done = runConsole(engine, { input, output, interactive: true, json: false, signal: stop.signal });
    stop.abort();
    await expect(done).resolves.toBeUndefined();
    expect(input.readableEnded).toBe(false);
  });

  it('reads command words as questions in --json mode, and answers none of them with a fact', async () => {
    const text = await session('hilfe\nhelp\n?\n/help\nexit\nquit\nbeenden\nWer ist der NATO-Generalsekretär?\n', { json: true });
    const replies = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(replies.map((reply) => [reply.question, reply.answered])).toEqual([
      ['hilfe', false],
      ['help', false],
      ['?', false],
      ['/help', false],
      ['exit', false],
      ['quit', false],
      ['beenden', false],
      ['Wer ist der NATO-Generalsekretär?', true],
    ]);
  });

  it('greets and declines in the plural with several articles', async () => {
    const knowledge = {
      articles: [
        { id: 'zoo', title: 'Neues aus dem Zoo', paragraphs: ['Der Zoo Leipzig bekam im Mai 2025 zwei Elefanten aus Thailand.'] },
        { id: 'bahn', title: 'Neues von der Bahn', paragraphs: ['Die Strecke zwischen Halle und Erfurt ist seit Montag wieder offen.'] },
      ],
    };
    const text = await session('Wie wird das Wetter morgen?\n', { knowledge });
    expect(text).toBe('Hallo! Ich beantworte Fragen zu 2 Artikeln. Tippe „hilfe“ für Hilfe, „beenden“ zum Beenden.\n> Dazu steht nichts in den Artikeln.\n> ');
  });
});

describe('the console bot process on SIGINT', () => {
  it('ends with exit code 0 and nothing on standard error', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts'], { cwd: root, env: { ...process.env, KNOWLEDGE_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const answered = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Mark Rutte')) resolve();
      }),
    );
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdin.write('Wer ist der NATO-Generalsekretär?\n');
    await answered;
    child.kill('SIGINT');
    const code = await closed;
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
