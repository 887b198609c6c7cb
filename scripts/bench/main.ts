import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { generatedCorpus, squadCorpus, type BenchCorpus } from './corpora.ts';
import { measure, type BenchRow, type Retriever } from './measure.ts';
import { createProgress } from './progress.ts';
import { engineRetriever, fuseRetriever, miniSearchRetriever } from './retrievers.ts';
import { parseArgsOrExit } from '../args.ts';

const USAGE = 'Usage: npm run bench -- [--quick] [--paragraphs N] [--squad FILE]';

const { values } = parseArgsOrExit(
  {
    options: {
      squad: { type: 'string', default: '../shared/benchmarks/xquad/xquad.de.dev.json' },
      paragraphs: { type: 'string' },
      quick: { type: 'boolean', default: false },
    },
  },
  USAGE,
);

/**
 * How much each run measures. `--quick` is a smoke run (under 10 s on this machine): a
 * fortieth of the generated corpus, fewer questions and a short warm-up, since Fuse.js takes
 * ~15 ms a question on XQuAD and most of a second on the generated corpus.
 */
const SIZES = values.quick
  ? {
      bundledRounds: 25,
      paragraphs: 2_500,
      squadQuestions: 50,
      largeQuestions: 50,
      miniSearchQuestions: 50,
      fuseParagraphs: 500,
      fuseQuestions: 5,
      warmUpMs: 200,
    }
  : {
      bundledRounds: 50,
      paragraphs: 100_000,
      squadQuestions: Infinity,
      largeQuestions: Infinity,
      miniSearchQuestions: 200,
      fuseParagraphs: 10_000,
      fuseQuestions: 5,
      warmUpMs: undefined,
    };

const progress = createProgress();
const rows: BenchRow[] = [];
const run = (corpus: BenchCorpus, retriever: Retriever, questions: readonly string[], warmUp = questions) => {
  const row = measure(corpus.name, retriever, { questions, warmUp, warmUpMs: SIZES.warmUpMs }, (text, transient) =>
    progress.update(`bench: ${text}`, transient),
  );
  progress.clear();
  rows.push(row);
  process.stdout.write(
    `${row.corpus.padEnd(30)} ${row.retriever.padEnd(42)} build ${row.buildMs.toFixed(0).padStart(7)} ms  mem ${row.memoryMb.toFixed(1).padStart(7)} MB  p50 ${row.p50Ms.toFixed(3).padStart(8)} ms  p99 ${row.p99Ms.toFixed(3).padStart(8)} ms  (${row.questions} q)\n`,
  );
};

if (!globalThis.gc) process.stdout.write('note: run through `npm run bench` (node --expose-gc) for exact memory figures\n');
const started = performance.now();

progress.update('bench: reading the bundled article');
const bundled = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const bundledQuestions = [
  'Wer ist der NATO-Generalsekretär?',
  'Wie viel Geld haben die NATO-Alliierten 2024 bereitgestellt?',
  'Wo ist das Hauptquartier?',
  'Wann ist der NATO-Gipfel?',
  'Who is the NATO secretary general?',
  'Wie wird das Wetter morgen?',
  'Wo findet der Gipfl statt?',
  'Wieviel Sicherheitsunterstüzung gab es 2025?',
];
const bundledCorpus: BenchCorpus = {
  name: 'bundled article',
  knowledge: bundled,
  questions: Array.from({ length: SIZES.bundledRounds }, () => bundledQuestions).flat(),
};
for (const retriever of [engineRetriever, miniSearchRetriever, fuseRetriever]) run(bundledCorpus, retriever(bundledCorpus.knowledge), bundledCorpus.questions);

progress.update(`bench: reading ${values.squad} and the lexicons`);
const squad = squadCorpus(values.squad);
progress.clear();
if (!squad) {
  process.stdout.write(`note: ${values.squad} not found; XQuAD rows and the generated corpus are skipped (pass --squad FILE)\n`);
} else {
  // Every other question is timed; the rest warm each retriever up (see `measure`).
  const timed = squad.questions.filter((_, i) => i % 2 === 0);
  const warmUp = squad.questions.filter((_, i) => i % 2 === 1);
  const squadQuestions = timed.slice(0, SIZES.squadQuestions);
  for (const retriever of [engineRetriever, miniSearchRetriever, fuseRetriever]) run(squad, retriever(squad.knowledge), squadQuestions, warmUp);
  const size = values.paragraphs === undefined ? SIZES.paragraphs : Number(values.paragraphs);
  progress.update(`bench: generating ${size.toLocaleString('en')} paragraphs`);
  const large = generatedCorpus(squad, size);
  const questions = timed.slice(0, SIZES.largeQuestions);
  run(large, engineRetriever(large.knowledge), questions, warmUp);
  run(large, miniSearchRetriever(large.knowledge), questions.slice(0, SIZES.miniSearchQuestions), warmUp);
  const fuseSize = Math.min(SIZES.fuseParagraphs, size);
  progress.update(`bench: generating ${fuseSize.toLocaleString('en')} paragraphs`);
  const fuseCorpus = generatedCorpus(squad, fuseSize);
  run(fuseCorpus, fuseRetriever(fuseCorpus.knowledge), questions.slice(0, SIZES.fuseQuestions), warmUp);
}
progress.clear();
process.stdout.write(`${rows.length} rows in ${((performance.now() - started) / 1000).toFixed(1)} s${values.quick ? ' (--quick)' : ''}\n`);
