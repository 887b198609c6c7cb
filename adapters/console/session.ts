import { createInterface } from 'node:readline';
import { greetingMessage, message } from '../../src/messages.ts';
import type { Engine } from '../../src/engine.ts';
import { turnOf, type Turn } from '../../src/question/followUp.ts';
import type { ReplyLanguage } from '../../src/types.ts';
import { formatConsoleAnswer, formatJsonAnswer } from './format.ts';

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
  const asked = HELP[line.trim().replace(/^\/(?=\p{L})/u, '').toLowerCase()];
  return asked === 'last' ? last : asked;
}

/**
 * Runs the console bot until input ends (Ctrl-D), the user says `exit`, presses Ctrl-C on a
 * terminal, or `signal` aborts. Every input line gets exactly one reply (one JSON line with
 * `json`, where command words are questions like any other), in input order. In a
 * conversation `neu`/`new` (interactive) starts afresh.
 */
export async function runConsole(engine: Engine, { input, output, interactive, json, terminal = false, signal, conversation = interactive }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, output: terminal ? output : undefined, crlfDelay: Infinity, terminal, prompt: '> ' });
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => (terminal ? lines.prompt() : output.write('> '));
  let stopped = false;
  const stop = () => {
    stopped = true;
    lines.close();
  };
  lines.on('SIGINT', () => {
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
  if (interactive) {
    write(greetingMessage('de', engine.articles.length));
    prompt();
  }
  try {
    for await (const line of lines) {
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
      if (interactive) prompt();
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    lines.close();
  }
}
