import { readFileSync } from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { QaError } from '../../src/errors.ts';
import { boundedMemo } from '../../src/memo.ts';
import { termKey } from '../../src/text/terms.ts';
import type { Lexicon, ReplyLanguage } from '../../src/types.ts';
import { projectPath } from './projectPath.ts';

const DATA = projectPath('data/');

/** The compiled lexicon files (`npm run lexicons` writes them from ../shared/lexicons). */
export const LEXICON_FILES = {
  /** English word or phrase, a tab, its German translations' keys separated by `;` (Ding). */
  english: path.join(DATA, 'de-en.tsv.gz'),
  /** One key of a German common noun per line (Ding: nouns with a gender, not geographic names). */
  nouns: path.join(DATA, 'nouns.de.txt.gz'),
  /** A class word's key, a tab, the keys of the nouns Ding glosses with it, `;`-separated ("wahrung" → "euro;dollar;…"). */
  classes: path.join(DATA, 'classes.de.tsv.gz'),
  /** One synonym group of German keys per line, `;`-separated (OpenThesaurus). */
  synonyms: path.join(DATA, 'synonyms.de.txt.gz'),
  /** Versions, licences and the key probe. */
  meta: path.join(DATA, 'lexicons.json'),
} as const;

/** Words whose keys the files were built with: if `termKey` changes, the files need building again. */
const PROBE = ['Häuser', 'Bäume', 'gekürzt', 'Zeitungen', 'schneller', 'Straße', 'Zusammenschluss', 'Nachkommen'];

/** The probe words with their keys today. */
export function keyProbe(): Record<string, string> {
  return Object.fromEntries(PROBE.map((word) => [word, termKey(word)]));
}

let loaded: Lexicon | undefined;

/**
 * Reads the committed lexicon files once per process (every engine after the first reuses
 * them), the dictionary, noun list and noun classes on first use. Throws when they were built with other
 * index keys than today's `termKey`.
 */
export function loadLexicon(): Lexicon {
  loaded ??= readLexicon(LEXICON_FILES);
  return loaded;
}

/** Where a set of lexicon files is. */
export type LexiconFiles = { readonly [File in keyof typeof LEXICON_FILES]: string };

/** Reads a set of lexicon files (see {@link loadLexicon}), without remembering them. */
export function readLexicon(files: LexiconFiles): Lexicon {
  const meta = readJson(files.meta) as { keys?: Record<string, string> };
  if (Object.entries(keyProbe()).some(([word, key]) => meta.keys?.[word] !== key)) {
    throw new QaError('LEXICON_INVALID', `The lexicon files in ${path.dirname(files.meta)} were built with other index keys: run npm run lexicons.`);
  }
  // The dictionary, the noun list and the noun classes are read on first use: a bot asked
  // only German questions never needs the dictionary, and start-up stays short.
  let english: ((key: string) => readonly string[] | undefined) | undefined;
  let nouns: ((key: string) => readonly string[] | undefined) | undefined;
  let classes: ((key: string) => readonly string[] | undefined) | undefined;
  const gunzipped = (file: string) => {
    try {
      return gunzipSync(readFileSync(file)).toString('utf8');
    } catch (error) {
      throw new QaError(
        'LEXICON_INVALID',
        `Cannot read the lexicon file ${file} (${(error as NodeJS.ErrnoException).code ?? 'damaged'}): restore it with git checkout, or run npm run lexicons.`,
      );
    }
  };
  // The synonym file is read now, so a damaged one stops start-up, but split into groups on
  // first use: an engine asks for them only for a question word the articles do not use.
  const synonymText = gunzipped(files.synonyms);
  let synonyms: string[][] | undefined;
  return {
    translate: (key) => (english ??= sortedLines(gunzipped(files.english)))(key),
    get synonyms() {
      return (synonyms ??= synonymText
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(';')));
    },
    isCommonNoun: (key) => (nouns ??= sortedLines(gunzipped(files.nouns)))(key) !== undefined,
    members: (key) => (classes ??= sortedLines(gunzipped(files.classes)))(key) ?? [],
    guessLanguage,
  };
}

/** tinyld's language detector, restricted to the two languages the bot answers in. */
type Detect = (text: string, options: { only: string[] }) => string;
let detect: Detect | undefined;

/**
 * tinyld's guess (character n-grams) of a text's language, German or English, or none when
 * it cannot tell. Loaded on first use: it takes about 0.15 s, and a question seldom needs it
 * (none of XQuAD's English questions and 3 of its 632 German ones: the others say their
 * language by their function words).
 */
function guessLanguage(text: string): ReplyLanguage | undefined {
  detect ??= (nodeModule.createRequire(import.meta.url)('tinyld') as { detect: Detect }).detect;
  const found = detect(text, { only: ['de', 'en'] });
  return found === 'de' || found === 'en' ? found : undefined;
}

/**
 * A look-up over `key<TAB>values` lines (or bare `key` lines) sorted by key, by binary search
 * over the text itself: each step takes the line around the middle character. Nothing is
 * built first, so the first look-up costs a few dozen line reads, not an index over every
 * line (360,000 of them in the dictionary). Returns the line's values, `[]` for a bare key.
 * Answers are remembered (up to {@link REMEMBERED_LOOK_UPS} keys): questions repeat their
 * words, and a look-up costs some twenty line reads.
 */
function sortedLines(text: string): (key: string) => readonly string[] | undefined {
  return boundedMemo((key: string) => {
    // `low` is always the start of a line; lines starting before `high` are still in play.
    let low = 0;
    let high = text.length;
    while (low < high) {
      const start = text.lastIndexOf('\n', ((low + high) >> 1) - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let tab = start;
      while (tab < end && text.charCodeAt(tab) !== TAB) tab++;
      const found = text.slice(start, tab);
      if (found === key) return tab >= end ? [] : text.slice(tab + 1, end).split(';');
      if (found < key) low = end + 1;
      else high = start;
    }
    return undefined;
  }, REMEMBERED_LOOK_UPS);
}

/** How many keys each lexicon file's look-up remembers; a key and its values take a few hundred bytes. */
const REMEMBERED_LOOK_UPS = 20_000;

const TAB = 9;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new QaError(
      'LEXICON_INVALID',
      `Cannot read the lexicon file ${file} (${(error as NodeJS.ErrnoException).code ?? 'not JSON'}): restore it with git checkout, or run npm run lexicons.`,
    );
  }
}
