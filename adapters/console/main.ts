import { parseArgs } from 'node:util';
import { createEngine } from '../../src/engine.ts';
import { baseConfigSchema, loadEnvFile, readConfig } from '../common/config.ts';
import { loadKnowledge } from '../common/loadKnowledge.ts';
import { runConsole } from './session.ts';
import { describeCliError } from '../common/cliError.ts';

const USAGE = `Usage: npm start -- [--json [--conversation]] [--knowledge DIR]
  --json            one JSON object per input line on standard output, nothing else
  --conversation    with --json: the lines form one conversation (follow-ups refer to the lines before)
  --knowledge DIR   answer from the articles in DIR (default: KNOWLEDGE_DIR or knowledge/)
Add an article from the web with: npm run add -- <url-or-file> [--knowledge DIR]`;

async function main(): Promise<void> {
  // A reader that stopped reading (`| head -1`) wants no more answers: stop quietly, exit 0.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const envFile = loadEnvFile();
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      conversation: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const settings = readConfig(baseConfigSchema, process.env, {}, envFile);
  const knowledge = await loadKnowledge(values.knowledge ?? settings.KNOWLEDGE_DIR);
  for (const reason of knowledge.skipped) process.stderr.write(`Left out: ${reason}\n`);
  const engine = createEngine(knowledge, { maxQuestionLength: settings.MAX_QUESTION_LENGTH });
  const interactive = process.stdin.isTTY === true && !values.json;
  // Ctrl-C on a terminal is read as a key (no `^C` echoed); from a pipe it arrives as SIGINT.
  // Either way the session ends as on Ctrl-D, with exit code 0.
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  await runConsole(engine, {
    input: process.stdin,
    output: process.stdout,
    interactive,
    json: values.json,
    terminal: interactive,
    signal: stop.signal,
    conversation: values.json ? values.conversation : process.stdin.isTTY === true,
  });
  // The session may end before its input does (exit, Ctrl-C): stop reading so the process can end.
  process.stdin.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeCliError(error, USAGE)}\n`);
  process.exitCode = 1;
});
