import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LEXICON_FILES, keyProbe, loadLexicon } from '../../adapters/common/loadLexicon.ts';
import type { SquadFile } from '../eval/squad.ts';
import { FOLDS } from '../train/folds.ts';
import { rankAll, readCommonNouns, readNounClasses, readSenses, type DingRanking } from './ding.ts';
import { DING_START, fitDingRanking, netRightWith, rankedLexicon } from './fitRanking.ts';
import { improvesNetRight } from '../train/fit.ts';
import { readOpenThesaurus } from './openthesaurus.ts';
import { DING_RANKING } from './ranking.ts';
import { parseArgsOrExit } from '../args.ts';

/** Where the shared lexicons are, unless a folder is named. */
const DEFAULT_SOURCE = '../shared/lexicons';
/** The development questions the ranking is fitted to with --fit. */
const GERMAN_QUESTIONS = '../shared/benchmarks/xquad/xquad.de.dev.json';
const ENGLISH_QUESTIONS = '../shared/benchmarks/xquad/xquad.en.dev.json';
const RANKING_FILE = new URL('./ranking.ts', import.meta.url);

const USAGE = `Usage: npm run lexicons -- [FOLDER] [--fit]
  Reads Ding (ding/de-en.txt.gz) and OpenThesaurus (openthesaurus/openthesaurus.txt) from FOLDER
  (default ${DEFAULT_SOURCE}) and writes the compact files to data/. With --fit, first fits how
  Ding's translations are ranked to ${ENGLISH_QUESTIONS} over ${GERMAN_QUESTIONS}
  (${FOLDS} folds by article) and writes scripts/lexicons/ranking.ts.`;

const { values, positionals } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: { fit: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  },
  USAGE,
);
if (values.help || positionals.length > 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const source = positionals[0] ?? DEFAULT_SOURCE;
const ding = path.join(source, 'ding', 'de-en.txt.gz');
const thesaurus = path.join(source, 'openthesaurus', 'openthesaurus.txt');
for (const file of [ding, thesaurus, ...(values.fit ? [GERMAN_QUESTIONS, ENGLISH_QUESTIONS] : [])]) {
  if (!existsSync(file)) {
    process.stderr.write(`${file} not found.\n${USAGE}\n`);
    process.exit(2);
  }
}
const out = path.dirname(LEXICON_FILES.english);
mkdirSync(out, { recursive: true });

const dingText = gunzipSync(readFileSync(ding)).toString('utf8');
const senses = readSenses(dingText);
let ranking: DingRanking = DING_RANKING;
if (values.fit) {
  const read = (file: string): SquadFile => JSON.parse(readFileSync(file, 'utf8'));
  // The committed lexicon gives the synonyms and nouns; only the translations are ranked anew.
  const [german, english, lexicon] = [read(GERMAN_QUESTIONS), read(ENGLISH_QUESTIONS), loadLexicon()];
  const fit = fitDingRanking(senses, german, english, lexicon, FOLDS);
  ranking = fit.weights;
  process.stdout.write(
    `Ding ranking found: ${JSON.stringify(fit.found)}\nEnglish questions with the answer among the candidate sentences: ${fit.crossValidated.toFixed(3)} cross-validated, ${fit.start.toFixed(3)} with the ranking the search starts from (${fit.accuracy.toFixed(3)} in-sample): ${fit.adopted ? 'taken' : 'kept the start'}\n`,
  );
  // The search judges by a stand-in; what it finds is taken only when what the user reads first improves too, as in npm run train.
  if (fit.adopted) {
    const found = netRightWith(rankedLexicon(senses, fit.weights, lexicon), german, english, FOLDS);
    const start = netRightWith(rankedLexicon(senses, DING_START, lexicon), german, english, FOLDS);
    if (!improvesNetRight(found, start, 'the ranking found', (line) => process.stdout.write(line))) ranking = DING_START;
  }
  writeFileSync(RANKING_FILE, rankingSource(ranking));
  process.stdout.write(`wrote ${RANKING_FILE.pathname}\n`);
}
const translations = rankAll(senses, ranking);
// mtime 0 in the gzip header: the same input gives the same bytes.
writeFileSync(LEXICON_FILES.english, gzipSync(translations.map(({ english, german }) => `${english}\t${german.join(';')}`).join('\n') + '\n', { level: 9 }));
const nouns = readCommonNouns(dingText);
writeFileSync(LEXICON_FILES.nouns, gzipSync(nouns.join('\n') + '\n', { level: 9 }));
const classes = readNounClasses(dingText);
writeFileSync(LEXICON_FILES.classes, gzipSync(classes.map(({ key, members }) => `${key}\t${members.join(';')}`).join('\n') + '\n', { level: 9 }));
const groups = readOpenThesaurus(readFileSync(thesaurus, 'utf8'));
writeFileSync(LEXICON_FILES.synonyms, gzipSync(groups.map((group) => group.join(';')).join('\n') + '\n', { level: 9 }));
for (const [from, to] of [
  ['ding', 'ding.COPYRIGHT'],
  ['openthesaurus', 'openthesaurus.COPYRIGHT'],
] as const) {
  copyFileSync(path.join(source, from, 'COPYRIGHT'), path.join(out, to));
  chmodSync(path.join(out, to), 0o644);
}
const version = (text: string, pattern: RegExp) => pattern.exec(text)?.[1]?.trim() ?? 'unknown';
writeFileSync(
  LEXICON_FILES.meta,
  `${JSON.stringify(
    {
      ding: {
        version: version(dingText, /^# Version :: (.*)$/m),
        licence: 'GPL-2.0-or-later',
        entries: translations.length,
        commonNouns: nouns.length,
        nounClasses: classes.length,
      },
      openthesaurus: {
        version: version(readFileSync(thesaurus, 'utf8'), /^# Automatically generated (.*)$/m),
        licence: 'LGPL-2.1-or-later',
        groups: groups.length,
      },
      keys: keyProbe(),
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(
  `wrote ${translations.length} English words and phrases, ${nouns.length} German common nouns, ${classes.length} noun classes, ${groups.length} synonym groups to ${out}/\n`,
);

function rankingSource(fitted: DingRanking): string {
  const lines = Object.entries(fitted).map(([name, value]) => `  ${name}: ${value},`);
  return `// Generated by \`npm run lexicons -- --fit\`; do not edit by hand.
import type { DingRanking } from './ding.ts';

/** How Ding's translations are ordered and how many are kept (see scripts/lexicons/fitRanking.ts). */
export const DING_RANKING: DingRanking = {
${lines.join('\n')}
};
`;
}
