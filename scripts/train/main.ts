import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DecisionModel } from '../../src/decision/model.ts';
import type { SquadFile } from '../eval/squad.ts';
import { loadLexicon } from '../../adapters/common/loadLexicon.ts';
import { defaultEngineOptions } from '../../src/engine.ts';
import { collectExamples } from './collect.ts';
import { fitRetrievalWeights, type RetrievalWeights } from './matchWeights.ts';
import { fitShapeWeights, SHAPE_START } from './shapeWeights.ts';
import type { ShapeWeights } from '../../src/answer/extractAnswer.ts';
import { crossValidatedReplies, fitModel, foldsByArticle, improvesNetRight, netRight } from './fit.ts';
import { crossValidatedPickShare } from './pieceWeights.ts';
import { FOLDS } from './folds.ts';
import { readsFirst } from './report.ts';
import { parseArgsOrExit } from '../args.ts';

/** The development data the shipped weights are fitted to, when no file is named. */
const DEFAULT_GERMAN = '../shared/benchmarks/xquad/xquad.de.dev.json';
const DEFAULT_ENGLISH = '../shared/benchmarks/xquad/xquad.en.dev.json';
const WEIGHTS_FILE = new URL('../../src/decision/weights.ts', import.meta.url);

const USAGE = `Usage: npm run train -- [GERMAN.json] [--questions ENGLISH.json] [--dry-run]
  Searches the retrieval and short-answer shape weights and fits the decision models to SQuAD-format data (default ${DEFAULT_GERMAN} with ${DEFAULT_ENGLISH})
  and writes src/decision/weights.ts; prints cross-validated figures (${FOLDS} folds by article).`;

const { values, positionals } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: { questions: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  },
  USAGE,
);
if (values.help || positionals.length > 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const germanPath = positionals[0] ?? DEFAULT_GERMAN;
const englishPath = values.questions ?? (positionals[0] ? undefined : DEFAULT_ENGLISH);
for (const file of [germanPath, englishPath]) {
  if (file && !existsSync(file)) {
    process.stderr.write(`${file} not found: training needs SQuAD-format questions (see README, "Answer quality").\n`);
    process.exit(2);
  }
}
const read = (file: string): SquadFile => JSON.parse(readFileSync(file, 'utf8'));
const german = read(germanPath);
const english = englishPath ? read(englishPath) : undefined;
const lexicon = loadLexicon();
const retrievalFit = fitRetrievalWeights(german, english, lexicon, FOLDS);
process.stdout.write(
  `retrieval weights found: ${JSON.stringify(retrievalFit.found)}\none of the ${defaultEngineOptions.rerank} best-ranked sentences holds the answer: ${retrievalFit.crossValidated.toFixed(3)} cross-validated, ${retrievalFit.start.toFixed(3)} with the weights the search starts from (${retrievalFit.accuracy.toFixed(3)} in-sample): ${retrievalFit.adopted ? 'taken' : 'kept the start'}\n`,
);
// The search judges the retrieval by a stand-in; what it finds is taken only when what the user
// reads first improves too, cross-validated (it has not, so far: see the README).
const judgedWith = (weights: RetrievalWeights, shape: ShapeWeights = SHAPE_START) => {
  const examples = collectExamples(german, english, lexicon, weights, shape);
  const replies = crossValidatedReplies(examples, FOLDS);
  return { weights, shape, examples, replies, net: netRight(replies) };
};
const write = (line: string) => process.stdout.write(line);
let chosen = judgedWith(retrievalFit.from);
if (retrievalFit.adopted) {
  const found = judgedWith(retrievalFit.weights);
  if (improvesNetRight(found.net, chosen.net, 'the weights found', write)) chosen = found;
}
// The same for the shape weights the short answer is picked with.
const shapeFit = fitShapeWeights(
  chosen.examples.filter((example) => example.answerable),
  FOLDS,
);
process.stdout.write(
  `shape weights found: ${JSON.stringify(shapeFit.found)}\nshort answer picked right in sentences that hold the answer, shape and picker searched: ${shapeFit.crossValidated.toFixed(3)} cross-validated, ${shapeFit.baseline.toFixed(3)} with the picker alone searched (${shapeFit.accuracy.toFixed(3)} in-sample): ${shapeFit.adopted ? 'taken' : 'kept the start'}\n`,
);
if (shapeFit.adopted) {
  const found = judgedWith(chosen.weights, shapeFit.shape);
  if (improvesNetRight(found.net, chosen.net, 'the shape weights found', write)) chosen = found;
}
const { examples, replies } = chosen;
const pickShare = crossValidatedPickShare(
  examples.filter((example) => example.answerable),
  foldsByArticle(examples, FOLDS),
  FOLDS,
);
process.stdout.write(`short answer picked right in sentences that hold the answer: ${pickShare.toFixed(3)} cross-validated\n`);
const rows = [
  ['German', (e: (typeof examples)[number]) => e.language === 'de' && e.answerable],
  ['English', (e: (typeof examples)[number]) => e.language === 'en' && e.answerable],
  ['German, own article out', (e: (typeof examples)[number]) => e.language === 'de' && !e.answerable],
  ['English, own article out', (e: (typeof examples)[number]) => e.language === 'en' && !e.answerable],
] as const;
process.stdout.write(`cross-validated, ${FOLDS} folds by article       right  wrong  declined  span share  span precision\n`);
for (const [label, keep] of rows) {
  const r = readsFirst(replies, keep);
  if (r.questions === 0) continue;
  process.stdout.write(
    `${label.padEnd(44)} ${r.right.toFixed(3)}  ${r.wrong.toFixed(3)}  ${r.declined.toFixed(3)}     ${r.spanShare.toFixed(3)}       ${r.spanPrecision.toFixed(3)}\n`,
  );
}
const model = fitModel(examples);
process.stdout.write(
  `thresholds (all data): answer ${JSON.stringify(model.thresholds.answer)}, unsure ${model.thresholds.unsure}, span ${model.thresholds.span}\n`,
);
if (!values['dry-run']) {
  writeFileSync(WEIGHTS_FILE, weightsSource(model, chosen.weights, chosen.shape, germanPath, englishPath));
  process.stdout.write(`wrote ${WEIGHTS_FILE.pathname}\n`);
}

function weightsSource(fitted: DecisionModel, retrieval: RetrievalWeights, shape: ShapeWeights, german: string, english: string | undefined): string {
  const table = (weights: object, indent = '    ') =>
    (Object.entries(weights) as Array<[string, number]>).map(([name, weight]) => `${indent}${name}: ${Number(weight.toFixed(6))},`).join('\n');
  const data = [german, english]
    .filter(Boolean)
    .map((file) => file!.replace(/^.*\//, ''))
    .join(' and ');
  return `// Generated by \`npm run train\` from ${data}; do not edit by hand.
import type { ShapeWeights } from '../answer/extractAnswer.ts';
import type { MatchWeights } from '../retrieval/concepts.ts';
import type { RankWeights } from '../retrieval/rank.ts';
import type { DecisionModel } from './model.ts';

/** How much each kind of match counts against the question's own word, chosen by cross-validation by article (see scripts/train/matchWeights.ts). */
export const MATCH_WEIGHTS: MatchWeights = {
${table(retrieval.match, '  ')}
};

/** How the ranking weighs what it finds, chosen with the match weights (see scripts/train/matchWeights.ts). */
export const RANK_WEIGHTS: RankWeights = {
${table(retrieval.rank, '  ')}
};

/** How each shape of piece fits each kind of question, searched with the piece picker's weights (see scripts/train/shapeWeights.ts). */
export const SHAPE_WEIGHTS: ShapeWeights = {
${table(shape, '  ')}
};

/** The decision model fitted to the development data (see scripts/train/). */
export const FITTED_MODEL: DecisionModel = {
  piece: {
${table(fitted.piece)}
  },
  sentence: {
${table(fitted.sentence)}
  },
  span: {
${table(fitted.span)}
  },
  thresholds: { answer: { de: ${fitted.thresholds.answer.de}, en: ${fitted.thresholds.answer.en} }, unsure: ${fitted.thresholds.unsure}, span: ${fitted.thresholds.span} },
};
`;
}
