import { parseArgs } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { generatedCorpus, squadCorpus, type BenchCorpus } from './corpora.ts';
import { measure, type BenchRow } from './measure.ts';
import { engineRetriever, fuseRetriever, miniSearchRetriever } from './retrievers.ts';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: '../shared/benchmarks/xquad/xquad.de.dev.json' },
    paragraphs: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
  },
});

const rows: BenchRow[] = [];
const print = (row: BenchRow) => {
  rows.push(row);
  process.stdout.write(
    `${row.corpus.padEnd(30)} ${row.retriever.padEnd(42)} build ${row.buildMs.toFixed(0).padStart(7)} ms  mem ${row.memoryMb.toFixed(1).padStart(7)} MB  p50 ${row.p50Ms.toFixed(3).padStart(8)} ms  p99 ${row.p99Ms.toFixed(3).padStart(8)} ms  (${row.questions} q)\n`,
  );
};

if (!globalThis.gc) process.stdout.write('note: run through `npm run bench` (node --expose-gc) for exact memory figures\n');

const bundled = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const bundledQuestions = ['Wer ist der NATO-Generalsekretär?', 'Wie viel Geld haben die NATO-Alliierten 2024 bereitgestellt?', 'Wo ist das Hauptquartier?', 'Wann ist der NATO-Gipfel?', 'Who is the NATO secretary general?', 'Wie wird das Wetter morgen?', 'Wo findet der Gipfl statt?', 'Wieviel Sicherheitsunterstüzung gab es 2025?'];
const bundledCorpus: BenchCorpus = { name: 'bundled article', knowledge: bundled, questions: Array.from({ length: 50 }, () => bundledQuestions).flat() };
for (const retriever of [engineRetriever, miniSearchRetriever, fuseRetriever]) print(measure(bundledCorpus.name, retriever(bundledCorpus.knowledge), bundledCorpus.questions));

const squad = squadCorpus(values.squad);
if (!squad) {
  process.stdout.write(`note: ${values.squad} not found; XQuAD rows and the generated corpus are skipped (pass --squad FILE)\n`);
} else {
  for (const retriever of [engineRetriever, miniSearchRetriever, fuseRetriever]) print(measure(squad.name, retriever(squad.knowledge), squad.questions));
  const size = Number(values.paragraphs);
  const large = generatedCorpus(squad, size);
  const questions = large.questions.slice(0, values.quick ? 100 : 632);
  print(measure(large.name, engineRetriever(large.knowledge), questions));
  print(measure(large.name, miniSearchRetriever(large.knowledge), questions.slice(0, 200)));
  const fuseSize = Math.min(10_000, size);
  const fuseCorpus = generatedCorpus(squad, fuseSize);
  print(measure(fuseCorpus.name, fuseRetriever(fuseCorpus.knowledge), questions.slice(0, 5)));
}
