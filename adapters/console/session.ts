import { createInterface } from 'node:readline';
import { message } from '../../src/messages.ts';
import type { Engine } from '../../src/engine.ts';
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
}

const EXIT = /^(exit|quit|beenden|tschüss|bye)$/i;
const HELP = /^(help|hilfe|\?)$/i;

/**
 * Runs the console bot until input ends or the user says `exit`. Every input line gets
 * exactly one reply (one JSON line with `json`), in input order; nothing a user types ends
 * the session early except `exit`.
 */
export async function runConsole(engine: Engine, { input, output, interactive, json }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  let language: ReplyLanguage = 'de';
  if (interactive) {
    write(message('de', 'greeting', { count: engine.articles.length }));
    output.write('> ');
  }
  for await (const line of lines) {
    const question = line.trim();
    if (interactive && EXIT.test(question)) break;
    if (json) {
      write(formatJsonAnswer(line, engine.ask(line)));
    } else if (interactive && HELP.test(question)) {
      write(message(language, 'help'));
    } else if (question !== '' || !interactive) {
      const answer = engine.ask(line);
      language = answer.language;
      write(formatConsoleAnswer(answer, { bold: interactive }));
    }
    if (interactive) output.write('> ');
  }
  lines.close();
}
