import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../adapters/common/loadLexicon.ts';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import type { Lexicon } from '../../src/types.ts';
import { collectExamples } from '../train/collect.ts';
import { crossValidatedReplies } from '../train/fit.ts';
import { FOLDS } from '../train/folds.ts';
import { readsFirst } from '../train/report.ts';
import { evaluate } from './evaluate.ts';
import type { SquadFile } from './squad.ts';

const USAGE = `Usage: npm run eval -- FILE.json [--questions OTHER.json] [--lexicon all|none|synonyms|translations] [--json] [--no-decline-check]
  FILE.json: SQuAD v1.1 questions and paragraphs, e.g. ../shared/benchmarks/xquad/xquad.de.dev.json
  --questions: a parallel file (same ids) whose questions are asked instead, e.g. English ones`;

/** The lexicon an evaluation reads with: both resources, none, or one of them. */
const LEXICONS: Record<string, (full: Lexicon) => Lexicon | undefined> = {
  all: (full) => full,
  none: () => undefined,
  // OpenThesaurus alone, or Ding alone (its translations, common nouns and noun classes).
  synonyms: (full) => ({ ...full, translate: () => undefined, isCommonNoun: () => false, members: () => [] }),
  translations: (full) => ({ ...full, synonyms: [] }),
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { questions: { type: 'string' }, lexicon: { type: 'string', default: 'all' }, json: { type: 'boolean', default: false }, 'no-decline-check': { type: 'boolean', default: false } },
});
if (positionals.length !== 1 || !(values.lexicon in LEXICONS)) {
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
const lexicon = LEXICONS[values.lexicon]!(loadLexicon());
const german = read(positionals[0]!);
const english = values.questions ? read(values.questions) : undefined;
const report = evaluate(german, {
  questionsFrom: english,
  declineCheck: !values['no-decline-check'],
  lexicon,
  build: (knowledge, options?: Partial<EngineOptions>) => createEngine(knowledge, options),
});
// What the user reads first, with the decision weights refit per fold (the shipped ones were fit to
// the development data): fit on every question read (German, and English when given), as
// `npm run train` does; report the language asked.
const asked = english ? 'en' : 'de';
const replies = crossValidatedReplies(collectExamples(german, english, lexicon), FOLDS);
const readsFirstReport = {
  answerable: readsFirst(replies, (example) => example.language === asked && example.answerable),
  ownArticleOut: readsFirst(replies, (example) => example.language === asked && !example.answerable),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify({ ...report, readsFirst: readsFirstReport })}\n`);
} else {
  const r = readsFirstReport.answerable;
  const figure = (value: number) => value.toFixed(3);
  process.stdout.write(
    [
      `questions                 ${report.questions} over ${report.articles} articles, ${report.paragraphs} paragraphs (lexicon: ${values.lexicon})`,
      `what the reply leads with, cross-validated (${FOLDS} folds by article):`,
      `  right / wrong / declined  ${figure(r.right)} / ${figure(r.wrong)} / ${figure(r.declined)}`,
      `  short answers             ${figure(r.spanShare)} of answered, precision ${figure(r.spanPrecision)}`,
      `  own article left out      ${figure(readsFirstReport.ownArticleOut.declined)} declined, ${figure(readsFirstReport.ownArticleOut.wrong)} wrong`,
      `the sentence it believes in most, before declining (shipped weights):`,
      `  right paragraph @1        ${figure(report.paragraphAt1)}`,
      `  answer in sentence        ${figure(report.answerInSentence)}`,
      `with the shipped weights (fit to the development data, so in-sample there):`,
      `  answered                  ${figure(report.answered)}`,
      report.declined === undefined ? '' : `  own article left out      ${figure(report.declined)} declined`,
      `ms per question p50 / p99  ${report.msP50.toFixed(3)} / ${report.msP99.toFixed(3)}`,
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
}
