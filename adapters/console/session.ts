import { once } from 'node:events';
import { message } from '../../src/messages.ts';
import type { Engine } from '../../src/engine.ts';
import type { ReplyLanguage } from '../../src/types.ts';
import { formatConsoleAnswer, formatJsonAnswer } from './format.ts';
import { readLines } from './lines.ts';

/** How a console session reads and writes. */
export interface ConsoleOptions {
  input: AsyncIterable<Buffer | string>;
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
 * exactly one reply (one JSON line with `json`), in input order (only `\n` or `\r\n` ends a
 * line); nothing a user types ends the session early except `exit`.
 */
export async function runConsole(engine: Engine, { input, output, interactive, json }: ConsoleOptions): Promise<void> {
  // Wait while the reader is behind, so answers do not pile up in memory and a reader gone
  // away (EPIPE) is heard of at once rather than after every line was answered.
  const write = async (text: string) => {
    if (!output.write(`${text}\n`)) await once(output, 'drain');
  };
  let language: ReplyLanguage = 'de';
  if (interactive) {
    await write(message('de', 'greeting', { count: engine.articles.length }));
    output.write('> ');
  }
  for await (const line of readLines(input)) {
    const question = line.trim();
    if (interactive && EXIT.test(question)) break;
    if (json) {
      await write(formatJsonAnswer(line, engine.ask(line)));
    } else if (interactive && HELP.test(question)) {
      await write(message(language, 'help'));
    } else if (question !== '' || !interactive) {
      const answer = engine.ask(line);
      language = answer.language;
      await write(formatConsoleAnswer(answer, { bold: interactive }));
    }
    if (interactive) output.write('> ');
  }
}
