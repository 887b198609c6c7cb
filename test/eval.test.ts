import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRetrievers, RETRIEVERS, type RetrieverName } from '../scripts/eval/compare.ts';
import { squadToKnowledge, type SquadFile } from '../scripts/eval/squad.ts';

const root = path.resolve(import.meta.dirname, '..');
const NEEDS_DATA =
  'npm run eval needs a SQuAD v1.1 JSON file: npm run eval -- FILE.json, e.g. XQuAD (github.com/google-deepmind/xquad, xquad.de.json) or SQuAD (rajpurkar.github.io/SQuAD-explorer, dev-v1.1.json)';
const evalScript = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

describe('npm run eval without data', () => {
  it('says in one line what it needs and where SQuAD-format data comes from', () => {
    const run = evalScript();
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `${NEEDS_DATA}\n`]);
  });

  it('says the same, naming the file, when the file is missing', () => {
    const run = evalScript('../shared/nowhere/xquad.de.dev.json');
    expect([run.status, run.stderr]).toEqual([2, `../shared/nowhere/xquad.de.dev.json not found: ${NEEDS_DATA}\n`]);
  });

  it('refuses a file that is not SQuAD v1.1', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'eval-')), 'broken.json');
    writeFileSync(file, '{"version": "1.1"');
    const run = evalScript(file);
    expect([run.status, run.stderr]).toEqual([2, `${file} is not a SQuAD v1.1 file (JSON with a "data" list of titles and paragraphs): ${NEEDS_DATA}\n`]);
  });
});

/** A small SQuAD file in the format's own shape: three articles of two paragraphs. */
const squad: SquadFile = {
  data: [
    ['Zoo', 'Der Zoo Leipzig bekam im Mai zwei Elefanten aus Thailand. Die Tiere leben im neuen Gehege.', 'Der Eintritt kostet für Erwachsene zwölf Euro.'],
    ['Bahn', 'Die Strecke zwischen Halle und Erfurt ist wieder offen. Sie war wegen eines Sturms gesperrt.', 'Die Züge fahren jede Stunde.'],
    ['Hafen', 'Im Hamburger Hafen legte ein Containerschiff aus Singapur an. Es ist das größte des Jahres.', 'Der Lotse brachte es sicher an die Kaimauer.'],
  ].map(([title, ...contexts], a) => ({
    title: title!,
    paragraphs: contexts.map((context, p) => ({ context, qas: [{ id: `q${a}${p}`, question: `Frage ${a} ${p}`, answers: [] as Array<{ text: string }> }] })),
  })),
};
squad.data[0]!.paragraphs[0]!.qas = [{ id: 'elefanten', question: 'Woher kamen die Elefanten des Leipziger Zoos?', answers: [{ text: 'aus Thailand' }] }];
squad.data[1]!.paragraphs[0]!.qas = [{ id: 'sturm', question: 'Warum war die Bahnstrecke gesperrt?', answers: [{ text: 'wegen eines Sturms' }] }];

describe('compareRetrievers', () => {
  it('scores every retriever on the same questions by its best paragraph and sentence', () => {
    const { knowledge, questions } = squadToKnowledge(squad);
    const asked = questions.filter((q) => q.answers.length > 0);
    const names = Object.keys(RETRIEVERS) as RetrieverName[];
    const rows = compareRetrievers(knowledge, [{ language: 'de', questions: asked }], names);
    expect(rows.map((row) => row.retriever)).toEqual(names);
    // Fuse.js's defaults (a fuzzy match over whole paragraphs) are the naive baseline: no bar.
    for (const row of rows.filter((candidate) => candidate.retriever !== 'fuse-defaults')) {
      expect([row.retriever, row.questions, row.paragraphAt1]).toEqual([row.retriever, 2, 1]);
    }
    // Each library answers with the sentence of its paragraph that holds most of the question's stems.
    expect(rows.filter((row) => !['engine', 'fuse-defaults'].includes(row.retriever)).map((row) => row.answerInSentence)).toEqual([1, 1, 1]);
  });
});
