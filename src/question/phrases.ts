import { AMOUNT, TIME } from '../answer/patterns.ts';

/** A word of a question as written, with where it stands; compounds and numbers stay whole ("NATO-Alliierten", "1.000"). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A part of a question a follow-up may stand in for, with where it stands. */
export interface Phrase {
  kind: 'time' | 'amount' | 'name' | 'noun' | 'prepositional';
  start: number;
  end: number;
  /** For `prepositional`: the preposition (lower case) and the kind of what follows it. */
  preposition?: string;
  inner?: Phrase['kind'];
}

/** Whether a capitalised word is a name here (not a common noun), perhaps straight after a preposition; supplied by the engine from the articles and the lexicon. */
export type IsName = (word: string, afterPreposition?: boolean) => boolean;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.,][\p{L}\p{M}\p{N}]+)*/gu;

/** Articles, demonstratives and possessives, which open a noun phrase. */
export const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem sein seine seinen seinem seiner the a an this these those his its their'.split(
    ' ',
  ),
);

/** Prepositions (and German preposition-article contractions) that open a phrase a follow-up may replace. */
export const PREPOSITIONS = new Set(
  'in im am an auf aus bei beim mit nach seit von vom zu zum zur für gegen ohne über unter vor während wegen bis durch zwischen ins at on for from to with without by during since until before after about against between into near'.split(
    ' ',
  ),
);

/** Splits a question into words with their positions. */
export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const capitalised = (word: Word | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
// German adjectives before a noun end in -e, -en, -er, -es, -em ("der neue Präsident").
const inflectedAdjective = (word: Word | undefined) =>
  word !== undefined && /^\p{Ll}\p{L}*(?:e|en|er|es|em)$/u.test(word.text) && !DETERMINERS.has(word.lower) && !PREPOSITIONS.has(word.lower);

/**
 * The phrases of a question, left to right: dates and years (TIME), amounts (AMOUNT), runs of
 * names, noun phrases opened by a determiner (with a genitive after them), and each of these
 * after a preposition. A question's first word is never a name (its capital says nothing); a
 * `fragment`'s may be.
 */
export function phrasesOf(text: string, isName: IsName, { fragment = false }: { fragment?: boolean } = {}): Phrase[] {
  const words = wordsOf(text);
  const phrases: Phrase[] = [];
  const covered = new Set<number>();
  const claim = (kind: Phrase['kind'], start: number, end: number) => {
    phrases.push({ kind, start, end });
    words.forEach((word, i) => word.start >= start && word.end <= end && covered.add(i));
  };
  for (const match of text.matchAll(TIME)) claim('time', match.index, match.index + match[0].length);
  for (const match of text.matchAll(AMOUNT)) {
    const end = match.index + match[0].length;
    if (!phrases.some((phrase) => phrase.start < end && match.index < phrase.end)) claim('amount', match.index, end);
  }
  for (let i = 0; i < words.length; i++) {
    if (covered.has(i)) continue;
    const word = words[i]!;
    if (DETERMINERS.has(word.lower)) {
      const end = ENGLISH_DETERMINERS.has(word.lower) ? englishSubjectEnd(words, i, englishNounEnd(words, i + 1)) : germanNounEnd(words, i + 1);
      if (end < 0 || [...Array(end - i).keys()].some((k) => covered.has(i + 1 + k))) continue;
      claim(isNameRun(words.slice(i + 1, end + 1), isName) ? 'name' : 'noun', word.start, words[end]!.end);
      i = end;
    } else if ((i > 0 || fragment) && capitalised(word) && isName(word.text, PREPOSITIONS.has(words[i - 1]?.lower ?? ''))) {
      let j = i;
      while (capitalised(words[j + 1]) && !covered.has(j + 1) && isName(words[j + 1]!.text)) j++;
      claim('name', word.start, words[j]!.end);
      i = j;
    }
  }
  phrases.sort((a, b) => a.start - b.start);
  return withPrepositions(text, words, phrases);
}

/** Whether a whole text is one phrase of the question's kinds (a follow-up fragment such as "2025", "in Den Haag", "die USA"). */
export function phraseOfWhole(text: string, isName: IsName): Phrase | undefined {
  const phrases = phrasesOf(text, isName, { fragment: true });
  const whole = phrases.find((phrase) => phrase.start === 0 && phrase.end === text.length);
  if (whole) return whole;
  const words = wordsOf(text);
  if (words.length > 0 && words.every((word) => capitalised(word))) return { kind: 'noun', start: 0, end: text.length };
  return undefined;
}

function withPrepositions(text: string, words: readonly Word[], phrases: Phrase[]): Phrase[] {
  return phrases.flatMap((phrase) => {
    const before = words.findLast((word) => word.end <= phrase.start);
    if (!before || !PREPOSITIONS.has(before.lower) || text.slice(before.end, phrase.start).trim() !== '') return [phrase];
    return [phrase, { kind: 'prepositional' as const, start: before.start, end: phrase.end, preposition: before.lower, inner: phrase.kind }];
  });
}

function isNameRun(words: readonly Word[], isName: IsName): boolean {
  return words.length > 0 && words.every((word) => capitalised(word) && isName(word.text));
}

/** The last word of a German noun phrase whose noun may start at `j` (after adjectives), with a genitive after it; -1 when none. */
function germanNounEnd(words: readonly Word[], j: number): number {
  while (inflectedAdjective(words[j])) j++;
  if (!capitalised(words[j])) return -1;
  // A genitive qualifies the noun: "der Präsident der Ukraine".
  if (['der', 'des'].includes(words[j + 1]?.lower ?? '') && capitalised(words[j + 2])) return j + 2;
  return j;
}

/** English nouns are lower case: the phrase runs over up to {@link ENGLISH_NOUN_WORDS} words that are no function words, then an "of" phrase. */
function englishNounEnd(words: readonly Word[], j: number): number {
  let end = -1;
  for (let k = j; k < j + ENGLISH_NOUN_WORDS && words[k] && !ENGLISH_FUNCTION.has(words[k]!.lower); k++) end = k;
  if (end < 0 || words[end + 1]?.lower !== 'of' || !words[end + 2]) return end;
  const qualifier = englishNounEnd(words, DETERMINERS.has(words[end + 2]!.lower) ? end + 3 : end + 2);
  return qualifier >= 0 ? qualifier : end;
}

/**
 * Where an English noun phrase that may be a question's subject ends. After "do" or a modal
 * ("what did the NATO secretary general say", "when will the war end") the subject is followed
 * by the verb in its plain form, which no lower-case run of words tells apart from a noun: the
 * run's last word is that verb when the run ends the question or meets a function word.
 */
function englishSubjectEnd(words: readonly Word[], determiner: number, end: number): number {
  if (end <= determiner + 1 || !DO_SUPPORT.has(words[determiner - 1]?.lower ?? '')) return end;
  // A run that stops at a verb among the function words ("… general do") has its verb after it.
  const next = words[end + 1];
  return next === undefined || (ENGLISH_FUNCTION.has(next.lower) && !ENGLISH_VERBS.has(next.lower)) ? end - 1 : end;
}

/** English auxiliaries after which a question's subject is followed by a verb's plain form. */
const DO_SUPPORT = new Set('do does did can could will would shall should may might must'.split(' '));
/** English verbs among the function words: auxiliaries and forms of "be", "do" and "have". */
export const ENGLISH_VERBS: ReadonlySet<string> = new Set([...DO_SUPPORT, ...'is are was were be been has have had'.split(' ')]);

/** Longest English noun phrase after its determiner, in words ("the NATO secretary general"). */
const ENGLISH_NOUN_WORDS = 4;
const ENGLISH_DETERMINERS = new Set('the a an this these those his its their'.split(' '));
/** English words that end a noun phrase: auxiliaries, pronouns, conjunctions, question words. */
const ENGLISH_FUNCTION = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...ENGLISH_VERBS,
  ...'and or but not he she it they him her them there who what when where why which how'.split(' '),
]);
