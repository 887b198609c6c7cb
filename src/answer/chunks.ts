import { tokenize, type Token } from '../text/tokenize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { NameReader } from './nameStats.ts';

/** Words that open a German noun phrase. */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dieser diese dieses diesen diesem jener jene jenes jenen jenem unser unsere unseren unserem unserer'.split(
    ' ',
  ),
);

/** Endings of inflected German adjectives and ordinals ("großen", "ersten", "neue"). */
const ADJECTIVE = /^\p{Ll}[\p{Ll}\p{M}-]*(e|en|er|es|em|te|ten|ter|tes|ste|sten|ster)$/u;

/** A word of a sentence with a rough part of speech, its index key and how name-like it is. */
export interface Word extends Token {
  kind: 'determiner' | 'adjective' | 'capital' | 'number' | 'function' | 'other';
  /** A stopword: never an answer by itself. */
  stop: boolean;
  /** Its index key (see `termKey`); empty for a stopword. */
  key: string;
  /** 0..1, from the articles' use of the word (see `createNameStats`). */
  nameness: number;
  /** A capitalised word the articles also write in lower case ("Zweiten", "Europäische"). */
  writtenLower: boolean;
  /** A capitalised word the lexicon knows as a German common noun ("Schiedsrichter"), or a compound ending in one ("Pokal-Sieger"). */
  commonNoun: boolean;
}

/** A sentence read once for answer extraction; engines cache these. */
export interface ReadSentence {
  text: string;
  words: Word[];
}

/** Reads a sentence: tags each word as capitalised (noun or name), number, determiner, adjective-like, function word or other. */
export function readSentence(
  sentence: string,
  keyOf: (word: string) => string,
  names: NameReader,
  isCommonNoun: (key: string) => boolean = () => false,
): ReadSentence {
  const words = tokenize(sentence).map((token, i): Word => {
    const lower = token.text.toLowerCase();
    const stop = STOPWORDS.has(lower);
    let kind: Word['kind'] = 'other';
    if (/^\p{N}/u.test(token.text)) kind = 'number';
    // A capitalised determiner inside a sentence belongs to a name ("in Den Haag").
    else if (/^\p{Lu}/u.test(token.text) && !(i === 0 && stop)) kind = 'capital';
    else if (DETERMINERS.has(lower)) kind = 'determiner';
    else if (stop) kind = 'function';
    else if (ADJECTIVE.test(token.text)) kind = 'adjective';
    const capital = kind === 'capital';
    // A stopword is never a question's word nor in the index, so it needs no key (stemming it is the costly part).
    const key = stop ? '' : keyOf(lower);
    const hyphen = lower.lastIndexOf('-');
    return {
      text: token.text,
      start: token.start,
      end: token.end,
      kind,
      stop,
      key,
      nameness: capital ? names.nameness(token.text) : 0,
      writtenLower: capital && names.writtenLower(token.text),
      commonNoun: capital && !stop && isCommonNoun(hyphen === -1 ? key : keyOf(lower.slice(hyphen + 1))),
    };
  });
  return { text: sentence, words };
}

/** A run of words `words[from..to]` (inclusive). */
export interface Chunk {
  from: number;
  to: number;
  /** Last word of a genitive or "von" phrase that belongs to it ("Edikt von Fontainebleau"), if one follows. */
  tail?: number;
  /** Whether the run lists several phrases ("A, B und C"). */
  list?: boolean;
}

/**
 * Noun phrases, roughly: an optional determiner, adjective-like words or numbers, then one
 * or more capitalised words ("die Nationalhymne", "der magnetischen Flussdichte", "Astra 2A").
 * Each phrase is also offered without its determiner, and together with the phrases it is
 * listed with ("Robert Lane und Benjamin Vail", "Grissom, White und Chaffee").
 */
export function nounPhrases(words: readonly Word[], sentence: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < words.length; i++) {
    // "Gewinnerin" of "Oscar-Gewinnerin" is part of one word, not the start of a phrase.
    if (i > 0 && sentence.slice(words[i - 1]!.end, words[i]!.start) === '-') continue;
    const phrase = phraseAt(words, i, sentence);
    if (!phrase) continue;
    const listed = listEnd(words, phrase, sentence);
    for (const from of words[i]!.kind === 'determiner' && i + 1 <= phrase.to ? [i, i + 1] : [i]) {
      chunks.push({ from, to: phrase.to, tail: phrase.tail });
      if (listed) chunks.push({ from, ...listed, list: true });
    }
  }
  return chunks;
}

/** The noun phrase that starts at word `i`, if one does. */
function phraseAt(words: readonly Word[], i: number, sentence: string): Omit<Chunk, 'from'> | undefined {
  let j = i;
  if (words[j]?.kind === 'determiner') j++;
  // The phrase's first word may follow punctuation ("(rotierende Scheiben)"); the rest may not.
  while (words[j] && (words[j]!.kind === 'adjective' || words[j]!.kind === 'number') && (j === i || joined(words, j, sentence))) j++;
  if (words[j]?.kind !== 'capital' || (j > i && !joined(words, j, sentence))) return undefined;
  while (words[j + 1] && (words[j + 1]!.kind === 'capital' || words[j + 1]!.kind === 'number') && joined(words, j + 1, sentence)) j++;
  return { to: j, tail: attachmentEnd(words, j, sentence) };
}

/** Words that join the last item of a list. */
const COORDINATING = new Set(['und', 'oder', 'sowie', 'and', 'or']);

/** Where a list that starts with `first` ends ("A, B und C"), if the phrase opens one. */
function listEnd(words: readonly Word[], first: Omit<Chunk, 'from'>, sentence: string): Omit<Chunk, 'from'> | undefined {
  let last = first;
  for (;;) {
    const next = (last.tail ?? last.to) + 1;
    if (!words[next]) return undefined;
    const between = sentence.slice(words[next - 1]!.end, words[next]!.start);
    if (COORDINATING.has(words[next]!.text) && /^\s+$/.test(between)) return words[next + 1] ? phraseAt(words, next + 1, sentence) : undefined;
    if (between !== ', ') return undefined;
    const item = phraseAt(words, next, sentence);
    if (!item) return undefined;
    last = item;
  }
}

/** Words that join a following noun phrase to the noun before them. */
const ATTACHING = new Set(['der', 'des', 'von', 'vom', 'of']);

/** Where a genitive or "von" phrase after word `j` ends, if one follows. */
function attachmentEnd(words: readonly Word[], j: number, sentence: string): number | undefined {
  let k = j + 1;
  if (words[j]!.kind === 'number' || !words[k] || !ATTACHING.has(words[k]!.text) || !joined(words, k, sentence)) return undefined;
  // After "der", only a genitive ending continues the noun ("der englischen Premier League", not "der zweitgrößte").
  const genitive = words[k]!.text === 'der';
  k++;
  if (words[k]?.kind === 'determiner' && joined(words, k, sentence)) k++;
  while (
    words[k] &&
    (words[k]!.kind === 'adjective' || words[k]!.kind === 'number') &&
    (!genitive || words[k]!.text.endsWith('en')) &&
    joined(words, k, sentence)
  )
    k++;
  if (words[k]?.kind !== 'capital' || !joined(words, k, sentence)) return undefined;
  while (words[k + 1] && (words[k + 1]!.kind === 'capital' || words[k + 1]!.kind === 'number') && joined(words, k + 1, sentence)) k++;
  return k;
}

/** Whether word `j` continues the phrase, i.e. no punctuation stands before it. */
export function joined(words: readonly Word[], j: number, sentence: string): boolean {
  const previous = words[j - 1];
  return !previous || /^[\s-]*$/.test(sentence.slice(previous.end, words[j]!.start));
}
