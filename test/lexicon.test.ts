import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, loadLexicon, readLexicon, type LexiconFiles } from '../adapters/common/loadLexicon.ts';
import { termKey } from '../src/text/terms.ts';

/** A copy of the committed lexicon files in a temporary folder, to damage. */
function copyOfLexicon(): LexiconFiles {
  const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
  const files = Object.fromEntries(Object.entries(LEXICON_FILES).map(([name, file]) => [name, path.join(dir, path.basename(file))])) as unknown as LexiconFiles;
  for (const name of Object.keys(LEXICON_FILES) as Array<keyof LexiconFiles>) copyFileSync(LEXICON_FILES[name], files[name]);
  return files;
}

describe('the committed lexicons', () => {
  const lexicon = loadLexicon();

  it('translate English words and phrases into German index keys, the headword first', () => {
    expect(lexicon.translate('house')?.[0]).toBe(termKey('Haus'));
    expect(lexicon.translate('trade union')).toContain(termKey('Gewerkschaft'));
    expect(lexicon.translate('no such words here')).toBeUndefined();
  });

  it('tell German common nouns from names', () => {
    expect(lexicon.isCommonNoun(termKey('Zeitung'))).toBe(true);
    expect(lexicon.isCommonNoun(termKey('Frankreich'))).toBe(false);
  });

  it('hold OpenThesaurus groups as keys, without colloquial senses', () => {
    expect(lexicon.synonyms.length).toBeGreaterThan(20_000);
    expect(lexicon.synonyms.some((group) => group.includes(termKey('Auto')) && group.includes(termKey('Wagen')))).toBe(true);
  });

  it('are read once per process', () => {
    expect(loadLexicon()).toBe(lexicon);
  });
});

describe('damaged lexicon files', () => {
  it('are refused with a message that says what to do', () => {
    const files = copyOfLexicon();
    writeFileSync(files.synonyms, 'not gzip');
    expect(() => readLexicon(files)).toThrow(
      /^Cannot read the lexicon file .*synonyms\.de\.txt\.gz \(.*\): restore it with git checkout, or run npm run lexicons\.$/,
    );
  });

  it('built with other index keys are refused', () => {
    const files = copyOfLexicon();
    writeFileSync(files.meta, JSON.stringify({ keys: { Häuser: 'hauser' } }));
    expect(() => readLexicon(files)).toThrow('were built with other index keys: run npm run lexicons.');
  });

  it('are refused on first use when only the dictionary is damaged', () => {
    const files = copyOfLexicon();
    writeFileSync(files.english, '');
    const lexicon = readLexicon(files);
    expect(() => lexicon.translate('house')).toThrow(/^Cannot read the lexicon file .*de-en\.tsv\.gz/);
  });
});
