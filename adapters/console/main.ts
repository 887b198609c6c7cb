import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { createEngine } from '../../src/engine.ts';
import { QaError } from '../../src/errors.ts';
import { baseConfigSchema, readConfig } from '../common/config.ts';
import { loadKnowledge } from '../common/loadKnowledge.ts';
import { runConsole } from './session.ts';

const USAGE = `Usage: npm start -- [--json] [--knowledge DIR]
  --json            one JSON object per input line on standard output, nothing else
  --knowledge DIR   answer from the articles in DIR (default: KNOWLEDGE_DIR or knowledge/)`;

async function main(): Promise<void> {
  // A reader that stopped reading (`| head -1`) wants no more answers: stop quietly, exit 0.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  loadDotenv({ quiet: true });
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, knowledge: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const settings = readConfig(baseConfigSchema, process.env);
  const knowledge = await loadKnowledge(values.knowledge ?? settings.KNOWLEDGE_DIR);
  const engine = createEngine(knowledge, { maxQuestionLength: settings.MAX_QUESTION_LENGTH });
  await runConsole(engine, {
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true && !values.json,
    json: values.json,
  });
}

main().catch((error: unknown) => {
  const text = error instanceof QaError ? error.message : error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? `${error.message}\n${USAGE}` : `Unexpected error: ${String(error)}`;
  process.stderr.write(`${text}\n`);
  process.exitCode = 1;
});
