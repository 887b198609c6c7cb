import { existsSync, readFileSync } from 'node:fs';
import { loadLexicon } from '../../adapters/common/loadLexicon.ts';
import { createEngine, type EngineOptions } from '../../src/engine.ts';
import type { Lexicon } from '../../src/types.ts';
import { collectExamples } from '../train/collect.ts';
import { crossValidatedReplies } from '../train/fit.ts';
import { FOLDS } from '../train/folds.ts';
import { readsFirst } from '../train/report.ts';
import { evaluate } from './evaluate.ts';
import { compareRetrievers, RETRIEVERS, type RetrieverName } from './compare.ts';
import { squadToKnowledge, type SquadFile } from './squad.ts';
import { parseArgsOrExit } from '../args.ts';

const USAGE = `Usage: npm run eval -- FILE.json [--questions OTHER.json] [--lexicon all|none|synonyms|translations] [--retriever NAME|all ...] [--json] [--no-decline-check]
  FILE.json: SQuAD v1.1 questions and paragraphs, e.g. ../shared/benchmarks/xquad/xquad.de.dev.json
  --questions: a parallel file (same ids) whose questions are asked instead, e.g. English ones
  --retriever: compare best paragraph and sentence of ${Object.keys(RETRIEVERS).join(', ')} (or all) on the same data;
               the file's questions are asked, and --questions' ones too`;

/** Where SQuAD-format data comes from, said when none is given or found. */
const NEEDS_DATA =
  'npm run eval needs a SQuAD v1.1 JSON file: npm run eval -- FILE.json, e.g. XQuAD (github.com/google-deepmind/xquad, xquad.de.json) or SQuAD (rajpurkar.github.io/SQuAD-explorer, dev-v1.1.json)';

/** The lexicon an evaluation reads with: both resources, none, or one of them. */
const LEXICONS: Record<string, (full: Lexicon) => Lexicon | undefined> = {
  all: (full) => full,
  none: () => undefined,
  // OpenThesaurus alone, or Ding alone (its translations, common nouns and noun classes).
  synonyms: (full) => ({ ...full, translate: () => undefined, isCommonNoun: () => false, members: () => [] }),
  translations: (full) => ({ ...full, synonyms: [] }),
};

const fail = (text: string): never => {
  process.stderr.write(`${text}\n`);
  process.exit(2);
};

const { values, positionals } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: {
      questions: { type: 'string' },
      lexicon: { type: 'string', default: 'all' },
      retriever: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      'no-decline-check': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  USAGE,
);
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const retrievers = (values.retriever ?? []).flatMap((name) => (name === 'all' ? Object.keys(RETRIEVERS) : name.split(',')));
const unknown = retrievers.find((name) => !(name in RETRIEVERS));
if (unknown !== undefined) fail(`--retriever ${unknown} is not one of ${Object.keys(RETRIEVERS).join(', ')}, all`);
if (!(values.lexicon in LEXICONS)) fail(`--lexicon ${values.lexicon} is not one of ${Object.keys(LEXICONS).join(', ')}`);
if (positionals.length === 0) fail(NEEDS_DATA);
if (positionals.length > 1) fail(`one FILE.json, not ${positionals.length}\n${USAGE}`);
const read = (file: string): SquadFile => {
  if (!existsSync(file)) return fail(`${file} not found: ${NEEDS_DATA}`);
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
    if (Array.isArray(parsed?.data)) return parsed;
  } catch {
    // Said below, as for a file that parses but has no data.
  }
  return fail(`${file} is not a SQuAD v1.1 file (JSON with a "data" list of titles and paragraphs): ${NEEDS_DATA}`);
};
const german = read(positionals[0]!);
const english = values.questions ? read(values.questions) : undefined;
const lexicon = LEXICONS[values.lexicon]!(loadLexicon());
if (retrievers.length > 0) {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const askedInEnglish = new Map(english?.data.flatMap((entry) => entry.paragraphs.flatMap((p) => p.qas.map((qa) => [qa.id, qa.question] as const))) ?? []);
  const sets = [
    { language: 'de' as const, questions },
    ...(english
      ? [{ language: 'en' as const, questions: questions.filter((q) => askedInEnglish.has(q.id)).map((q) => ({ ...q, question: askedInEnglish.get(q.id)! })) }]
      : []),
  ];
  const rows = compareRetrievers(knowledge, sets, retrievers as RetrieverName[], (done) => process.stderr.write(`eval: ${done} done\n`));
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ questions: questions.length, articles: knowledge.articles.length, lexicon: values.lexicon, retrievers: rows })}\n`,
    );
  } else {
    for (const row of rows) {
      process.stdout.write(
        `${row.name.padEnd(56)} ${row.language}  right paragraph @1 ${row.paragraphAt1.toFixed(3)}  answer in sentence ${row.answerInSentence.toFixed(3)}  (${row.questions} q)\n`,
      );
    }
  }
  process.exit(0);
}
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
