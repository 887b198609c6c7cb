import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { greetingMessage, message } from '../../src/messages.ts';
import type { Engine } from '../../src/engine.ts';
import { turnOf, type Turn } from '../../src/question/followUp.ts';
import type { ReplyLanguage } from '../../src/types.ts';
import { formatConsoleAnswer, formatJsonAnswer } from './format.ts';
import { readLines } from './lines.ts';

/** How a console session reads and writes. */
export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive: greet, prompt and understand `help`/`exit` (default: when input is a terminal). */
  interactive: boolean;
  /** Write one JSON object per input line and nothing else. */
  json: boolean;
  /**
   * Read the input as a terminal (raw keys, line editing): Ctrl-C then arrives as a key and
   * ends the session quietly, without the terminal's `^C` (default false: lines from a pipe).
   */
  terminal?: boolean;
  /** Ends the session when aborted, e.g. on SIGINT from a pipe's Ctrl-C or SIGTERM. */
  signal?: AbortSignal;
  /**
   * Whether the lines form one conversation, so follow-ups ("und 2025?") refer to the lines
   * before (default: interactive sessions are one, `--json` lines stand alone).
   */
  conversation?: boolean;
}

/** Words that end an interactive session, with or without a leading slash. */
const EXIT = /^\/?(?:exit|quit|beenden|tschüss|bye)$/i;

/** Words that start a new conversation in an interactive session. */
const NEW_CONVERSATION = /^\/?(?:neu|new)$/i;
/** Turns a console conversation remembers: a follow-up refers to the last few. */
const CONSOLE_TURNS = 5;

/** Words that ask for help, and the language the help is given in; `last`: that of the last reply. */
const HELP: Record<string, ReplyLanguage | 'last'> = { help: 'en', hilfe: 'de', '?': 'last' };

/** The language to give help in when the line asks for help (`help`, `/hilfe`, `?`), else undefined. */
export function helpLanguage(line: string, last: ReplyLanguage): ReplyLanguage | undefined {
  const asked =
    HELP[
      line
        .trim()
        .replace(/^\/(?=\p{L})/u, '')
        .toLowerCase()
    ];
  return asked === 'last' ? last : asked;
}

/**
 * Runs the console bot until input ends (Ctrl-D), the user says `exit`, presses Ctrl-C on a
 * terminal, or `signal` aborts. Every input line gets exactly one reply (one JSON line with
 * `json`, where command words are questions like any other), in input order. In a
 * conversation `neu`/`new` (interactive) starts afresh.
 */
export async function runConsole(
  engine: Engine,
  { input, output, interactive, json, terminal = false, signal, conversation = interactive }: ConsoleOptions,
): Promise<void> {
  // A terminal is read by readline (line editing, Ctrl-C as a key); anything else by
  // `readLines`, where only `\n` or `\r\n` ends a line, so answers stay in step with the input.
  const terminalLines = terminal ? createInterface({ input, output, crlfDelay: Infinity, terminal: true, prompt: '> ' }) : undefined;
  let stopped = false;
  let onStop = () => {};
  const stoppedNow = new Promise<void>((resolve) => (onStop = resolve));
  // Each reply is written whole, with its prompt; then the session waits while the reader is
  // behind, so answers do not pile up in memory and a reader gone away (EPIPE) is heard of at
  // once rather than after every line was answered.
  let behind = false;
  const write = (text: string) => {
    if (!output.write(`${text}\n`)) behind = true;
  };
  const catchUp = async () => {
    if (behind) await Promise.race([once(output, 'drain'), stoppedNow]);
    behind = false;
  };
  const prompt = () => (terminalLines ? terminalLines.prompt() : output.write('> '));
  const stop = () => {
    stopped = true;
    terminalLines?.close();
    onStop();
  };
  terminalLines?.on('SIGINT', () => {
    output.write('\n');
    stop();
  });
  signal?.addEventListener('abort', stop, { once: true });
  let language: ReplyLanguage = 'de';
  let turns: Turn[] = [];
  const ask = (question: string) => {
    if (!conversation) return engine.ask(question);
    const answer = engine.ask(question, { turns });
    turns = [...turns, turnOf(question, answer)].slice(-CONSOLE_TURNS);
    return answer;
  };
  const inputLines = untilStopped(terminalLines ?? readLines(input), stoppedNow);
  if (interactive) {
    write(greetingMessage('de', engine.articles.length));
    prompt();
    await catchUp();
  }
  try {
    for await (const line of inputLines) {
      // Lines read before Ctrl-C or the signal stay unanswered: the user asked to stop.
      if (stopped) break;
      const question = line.trim();
      if (interactive && !json && EXIT.test(question)) break;
      const help: ReplyLanguage | undefined = interactive && !json ? helpLanguage(question, language) : undefined;
      if (json) {
        write(formatJsonAnswer(line, ask(line)));
      } else if (help) {
        language = help;
        write(message(help, 'help'));
      } else if (interactive && NEW_CONVERSATION.test(question)) {
        turns = [];
        write(message(language, 'new-conversation'));
      } else if (question !== '' || !interactive) {
        const answer = ask(line);
        language = answer.language;
        write(formatConsoleAnswer(answer, { bold: interactive }));
      }
      if (interactive && !stopped) prompt();
      await catchUp();
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    terminalLines?.close();
  }
}

/**
 * The lines of `source` until it ends or `stopped` settles, whichever comes first. The
 * source's iterator is taken at once: readline drops lines that arrive before anyone listens.
 */
function untilStopped(source: AsyncIterable<string>, stopped: Promise<void>): AsyncGenerator<string> {
  const lines = source[Symbol.asyncIterator]();
  const end = stopped.then((): IteratorResult<string> => ({ done: true, value: undefined }));
  return (async function* () {
    let pending: Promise<IteratorResult<string>> | undefined;
    try {
      for (;;) {
        pending = lines.next();
        const next = await Promise.race([pending, end]);
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A read still waiting when the session stops may fail as its input is closed: nobody wants it.
      pending?.catch(() => undefined);
      void lines.return?.()?.catch(() => undefined);
    }
  })();
}
