import { createInterface } from 'node:readline';
import { message } from '../../src/messages.ts';
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
   * Whether the lines form one conversation, so follow-ups ("und 2025?") refer to the lines
   * before (default: interactive sessions are one, `--json` lines stand alone).
   */
  conversation?: boolean;
}

const EXIT = /^(exit|quit|beenden|tschüss|bye)$/i;
const HELP = /^(help|hilfe|\?)$/i;
const NEW_CONVERSATION = /^(neu|new)$/i;
/** Turns a console conversation remembers: a follow-up refers to the last few. */
const CONSOLE_TURNS = 5;

/**
 * Runs the console bot until input ends or the user says `exit`. Every input line gets
 * exactly one reply (one JSON line with `json`), in input order; nothing a user types ends
 * the session early except `exit`. In a conversation `neu`/`new` (interactive) starts afresh.
 */
export async function runConsole(engine: Engine, { input, output, interactive, json, conversation = interactive }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  let language: ReplyLanguage = 'de';
  let turns: Turn[] = [];
  const ask = (question: string) => {
    if (!conversation) return engine.ask(question);
    const answer = engine.ask(question, { turns });
    turns = [...turns, turnOf(question, answer)].slice(-CONSOLE_TURNS);
    return answer;
  };
  if (interactive) {
    write(message('de', 'greeting', { count: engine.articles.length }));
    output.write('> ');
  }
  for await (const line of lines) {
    const question = line.trim();
    if (interactive && EXIT.test(question)) break;
    if (json) {
      write(formatJsonAnswer(line, ask(line)));
    } else if (interactive && HELP.test(question)) {
      write(message(language, 'help'));
    } else if (interactive && NEW_CONVERSATION.test(question)) {
      turns = [];
      write(message(language, 'new-conversation'));
    } else if (question !== '' || !interactive) {
      const answer = ask(line);
      language = answer.language;
      write(formatConsoleAnswer(answer, { bold: interactive }));
    }
    if (interactive) output.write('> ');
  }
  lines.close();
}
