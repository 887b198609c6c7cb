import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import { evaluate } from './evaluate.ts';
import type { SquadFile } from './squad.ts';
import { collectExamples } from '../train/collect.ts';
import { crossValidatedReplies } from '../train/fit.ts';
import { FOLDS } from '../train/folds.ts';
import { readsFirst } from '../train/report.ts';

const USAGE = 'Usage: npm run eval -- FILE.json [--questions OTHER.json] [--json] [--no-decline-check]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { questions: { type: 'string' }, json: { type: 'boolean', default: false }, 'no-decline-check': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
for (const file of [positionals[0]!, values.questions]) {
  if (file && !existsSync(file)) {
    process.stderr.write(`${file} not found: give a SQuAD v1.1 file (e.g. the XQuAD development half in ../shared/benchmarks/xquad/).\n`);
    process.exit(2);
  }
}
const read = (file: string): SquadFile => JSON.parse(readFileSync(file, 'utf8'));
const report = evaluate(read(positionals[0]!), {
  questionsFrom: values.questions ? read(values.questions) : undefined,
  declineCheck: !values['no-decline-check'],
  build: (knowledge, options?: Partial<EngineOptions>) => createEngine(knowledge, options),
});
// What the user reads first, with the decision weights refit per fold: the shipped weights were fit to this data.
const german = read(positionals[0]!);
const english = values.questions ? read(values.questions) : undefined;
// Fit on every question read (German, and English when given), as `npm run train` does; report the language asked.
const asked = english ? 'en' : 'de';
const replies = crossValidatedReplies(collectExamples(german, english), FOLDS);
const readsFirstReport = {
  answerable: readsFirst(replies, (example) => example.language === asked && example.answerable),
  ownArticleOut: readsFirst(replies, (example) => example.language === asked && !example.answerable),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify({ ...report, readsFirst: readsFirstReport })}\n`);
} else {
  const r = readsFirstReport.answerable;
  process.stdout.write(
    [
      `what the reply leads with, cross-validated (${FOLDS} folds by article):`,
      `  right / wrong / declined  ${r.right.toFixed(3)} / ${r.wrong.toFixed(3)} / ${r.declined.toFixed(3)}`,
      `  short answers: share of answered ${r.spanShare.toFixed(3)}, precision ${r.spanPrecision.toFixed(3)}`,
      `  own article out: declined ${readsFirstReport.ownArticleOut.declined.toFixed(3)}, wrong ${readsFirstReport.ownArticleOut.wrong.toFixed(3)}`,
      `with the shipped weights (fit to the development data, so in-sample there):`,
    ].join('\n') + '\n',
  );
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
