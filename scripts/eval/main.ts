import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import { evaluate } from './evaluate.ts';
import type { SquadFile } from './squad.ts';

const USAGE = 'Usage: npm run eval -- FILE.json [--questions OTHER.json] [--json] [--no-decline-check]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { questions: { type: 'string' }, json: { type: 'boolean', default: false }, 'no-decline-check': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const read = (file: string): SquadFile => JSON.parse(readFileSync(file, 'utf8'));
const report = evaluate(read(positionals[0]!), {
  questionsFrom: values.questions ? read(values.questions) : undefined,
  declineCheck: !values['no-decline-check'],
  build: (knowledge, options?: Partial<EngineOptions>) => createEngine(knowledge, options),
});
if (values.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const percent = (value: number) => value.toFixed(3);
  process.stdout.write(
    [
      `questions                 ${report.questions} over ${report.articles} articles, ${report.paragraphs} paragraphs`,
      `right paragraph @1        ${percent(report.paragraphAt1)}`,
      `answer in sentence        ${percent(report.answerInSentence)}`,
      `short answer EM / F1      ${percent(report.exactMatch)} / ${percent(report.f1)}`,
      `answered                  ${percent(report.answered)}`,
      `ms per question p50 / p99 ${report.msP50.toFixed(3)} / ${report.msP99.toFixed(3)}`,
      report.declined === undefined ? '' : `declined, own article out ${percent(report.declined)}`,
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
}
