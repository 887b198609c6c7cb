import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LEXICON_FILES, keyProbe } from '../../adapters/common/loadLexicon.ts';
import { readCommonNouns, readDing, readNounClasses } from './ding.ts';
import { readOpenThesaurus } from './openthesaurus.ts';

/** Where the shared lexicons are, unless a folder is named. */
const DEFAULT_SOURCE = '../shared/lexicons';

const source = process.argv[2] ?? DEFAULT_SOURCE;
const ding = path.join(source, 'ding', 'de-en.txt.gz');
const thesaurus = path.join(source, 'openthesaurus', 'openthesaurus.txt');
for (const file of [ding, thesaurus]) {
  if (!existsSync(file)) {
    process.stderr.write(
      `${file} not found: npm run lexicons -- [FOLDER] reads Ding (ding/de-en.txt.gz) and OpenThesaurus (openthesaurus/openthesaurus.txt) from FOLDER (default ${DEFAULT_SOURCE}).\n`,
    );
    process.exit(2);
  }
}
const out = path.dirname(LEXICON_FILES.english);
mkdirSync(out, { recursive: true });

const dingText = gunzipSync(readFileSync(ding)).toString('utf8');
const translations = readDing(dingText);
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
