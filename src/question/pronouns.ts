import { PLACE_CUE } from '../answer/patterns.ts';
import { detectQuestionType } from '../answer/questionType.ts';
import type { Turn } from './followUp.ts';
import { EXISTENTIAL_FORMS } from '../text/stopwords.ts';
import { DETERMINERS, ENGLISH_VERBS, PREPOSITIONS, phrasesOf, wordsOf, type IsName, type Phrase, type Word } from './phrases.ts';

/** A pronoun's gender, or plural: "they", "them", "ihnen", and "sie" beside a plural verb (see `germanPlural`); else "sie" is read as feminine. */
type Gender = 'masculine' | 'feminine' | 'neuter' | 'plural';
type Case = 'nominative' | 'accusative' | 'dative';

/** Personal pronouns a follow-up refers back with, by gender and case (English ones read as nominative: the article is not inflected). */
const PERSONAL: Record<string, { gender: Gender; case: Case }> = {
  er: { gender: 'masculine', case: 'nominative' },
  ihn: { gender: 'masculine', case: 'accusative' },
  ihm: { gender: 'masculine', case: 'dative' },
  sie: { gender: 'feminine', case: 'nominative' },
  ihnen: { gender: 'plural', case: 'dative' },
  he: { gender: 'masculine', case: 'nominative' },
  him: { gender: 'masculine', case: 'accusative' },
  she: { gender: 'feminine', case: 'nominative' },
  they: { gender: 'plural', case: 'nominative' },
  them: { gender: 'plural', case: 'accusative' },
  // "es" is nominative or accusative alike, and so is its article ("das").
  es: { gender: 'neuter', case: 'nominative' },
  it: { gender: 'neuter', case: 'nominative' },
};
/**
 * Where "es" is no pronoun but a placeholder subject: beside a form of "geben" ("Gibt es …?",
 * "Wie viel Geld gab es …?"), before "sich" ("Worum handelt es sich?"), after "geht"/"steht"
 * ("Wie steht es um …?"). An English "it" after an auxiliary (see `ENGLISH_VERBS`) is a subject,
 * often a placeholder ("is it true", "did it take"): only an object "it" ("who leads it") is read
 * as referring back.
 */
const PLACEHOLDER_ES_BESIDE: ReadonlySet<string> = new Set(EXISTENTIAL_FORMS);
const PLACEHOLDER_ES_AFTER: ReadonlySet<string> = new Set(['geht', 'ging', 'steht', 'stand']);
/** Place words that point at the place of the previous turn. */
const PLACE_WORDS = new Set(['dort', 'there']);
/** "das" standing alone ("Wann wurde das beschlossen?") points at the previous answer. */
const THING_WORDS = new Set(['das']);

/** The German article of a noun phrase by gender and case, to put a referent in the pronoun's case. */
const ARTICLE: Record<Exclude<Gender, 'plural'>, Record<Case, string>> = {
  masculine: { nominative: 'der', accusative: 'den', dative: 'dem' },
  feminine: { nominative: 'die', accusative: 'die', dative: 'der' },
  neuter: { nominative: 'das', accusative: 'das', dative: 'dem' },
};
const GENDER_OF_ARTICLE: Record<string, Gender | undefined> = { der: 'masculine', den: 'masculine', dem: 'masculine', die: 'feminine', das: 'neuter' };
/** English words beside which "there" is no place ("is there", "there are"). */
const EXISTENTIAL = /^(?:is|are|was|were|be|been|isn't|aren't|wasn't|weren't)$/;

/**
 * Replaces a follow-up's pronouns and place words by what they refer to in the latest turn that
 * has a referent for them:
 * "er"/"sie"/"ihm"/"he"/"she" by the person the previous question asked for (its short answer),
 * else its name or noun phrase of the pronoun's gender, put in the pronoun's case; "dort"/"there"
 * by the place the previous turn asked for or named ("in Brüssel"); "das" by the previous short
 * answer. A subject pronoun after a name or noun phrase of its own question refers to that
 * ("Was sagte Rutte, als er …") and stays; so does a word without a referent.
 */
export function resolvePronouns(question: string, turns: readonly Turn[], isName: IsName): string {
  const words = wordsOf(question);
  const own = phrasesOf(question, isName);
  const replacements: Array<{ word: Word; text: string }> = [];
  words.forEach((word, i) => {
    let text: string | undefined;
    for (let t = turns.length - 1; t >= 0 && text === undefined; t--) text = referentFor(words, i, own, turns[t]!, isName);
    if (text && !replacements.some((replacement) => replacement.word.lower === word.lower)) replacements.push({ word, text });
  });
  let resolved = question;
  for (const { word, text } of replacements.reverse()) {
    const start = word.start === 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
    resolved = resolved.slice(0, word.start) + start + resolved.slice(word.end);
  }
  return resolved;
}

function referentFor(words: readonly Word[], i: number, own: readonly Phrase[], previous: Turn, isName: IsName): string | undefined {
  const word = words[i]!;
  const before = (kinds: readonly Phrase['kind'][]) => own.some((phrase) => phrase.end <= word.start && kinds.includes(phrase.kind));
  const personal = referringPronoun(words, i);
  if (personal) {
    if (personal.case === 'nominative' && before(['name', 'noun'])) return undefined;
    if (personal.gender === 'plural') return pluralFrom(previous, ENGLISH_PLURALS.has(word.lower), personal.case, isName);
    return personal.gender === 'neuter' ? thingFrom(previous, word.lower === 'it', isName) : personFrom(previous, personal.gender, personal.case, isName);
  }
  if (PLACE_WORDS.has(word.lower)) {
    if (EXISTENTIAL.test(words[i - 1]?.lower ?? '') || EXISTENTIAL.test(words[i + 1]?.lower ?? '') || own.some(isPlace)) return undefined;
    return placeFrom(previous, isName);
  }
  if (THING_WORDS.has(word.lower) && i > 0) {
    // Before a noun (or an adjective and a noun) "das" is the article.
    const next = words[i + 1];
    if (next && (/^\p{Lu}/u.test(next.text) || /^\p{Lu}/u.test(words[i + 2]?.text ?? ''))) return undefined;
    if (before(['name', 'noun'])) return undefined;
    return previous.answer.answered && previous.answer.span ? previous.answer.answer : undefined;
  }
  return undefined;
}

/** Whether a question holds a personal pronoun that refers to someone or something it does not name ("Wer leitet es?", "Wann starb er?"). */
export function holdsPronoun(question: string): boolean {
  const words = wordsOf(question);
  return words.some((_, i) => referringPronoun(words, i) !== undefined);
}

/**
 * Word `i` as a personal pronoun that refers back, with its gender and case: not the polite
 * "Sie" or "Ihnen" (capitalised past the first word), nor a placeholder "es" or "it". "sie"
 * after a plural verb ("Wo trafen sie sich?") is plural.
 */
function referringPronoun(words: readonly Word[], i: number): { gender: Gender; case: Case } | undefined {
  const word = words[i]!;
  const personal = PERSONAL[word.lower];
  if (!personal || (POLITE.has(word.text) && i > 0) || isPlaceholder(words, i)) return undefined;
  if (word.lower === 'sie' && germanPlural(words[i - 1])) return { gender: 'plural', case: 'nominative' };
  return personal;
}

/** The polite forms of address, capitalised: no pronoun that refers back. */
const POLITE = new Set(['Sie', 'Ihnen']);
const ENGLISH_PLURALS = new Set(['they', 'them']);

/**
 * Whether a word is a German finite verb in the plural, as it stands straight before its
 * subject in a question ("Wo trafen sie …", "Was haben die Minister …"): the plural ends in
 * "-en" (or "-ern", "-eln": "ändern", "sammeln"), the singular in "-t", "-e" or a strong form
 * ("trifft", "sagte", "traf", "hat"). Strong singulars in "-ien" ("schien") are not plural, nor
 * are pronouns and determiners in "-en" ("denen", "diesen").
 */
function germanPlural(word: Word | undefined): boolean {
  if (!word || !/^\p{Ll}/u.test(word.text)) return false;
  if (word.lower === 'sind') return true;
  return /(?:[^i]en|ern|eln)$/u.test(word.lower) && !DETERMINERS.has(word.lower) && !PREPOSITIONS.has(word.lower) && !NOT_VERBS.has(word.lower);
}

/** Words in "-en" that stand before a subject but are no verb: relative pronouns. */
const NOT_VERBS = new Set(['denen', 'deren']);

/** Whether "es" or "it" stands where it refers to nothing (see {@link PLACEHOLDER_ES_BESIDE}). */
function isPlaceholder(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]?.lower ?? '';
  const after = words[i + 1]?.lower ?? '';
  if (words[i]!.lower === 'es')
    return PLACEHOLDER_ES_BESIDE.has(before) || PLACEHOLDER_ES_BESIDE.has(after) || PLACEHOLDER_ES_AFTER.has(before) || after === 'sich';
  if (words[i]!.lower === 'it') return i === 0 || ENGLISH_VERBS.has(before);
  return false;
}

/**
 * What "es" or `english` "it" refers to: the previous question's noun phrase with a neuter
 * article ("das Hauptquartier"), or for "it" with "the". Names and persons are left alone: their
 * gender is unknown.
 */
function thingFrom(previous: Turn, english: boolean, isName: IsName): string | undefined {
  for (const phrase of phrasesOf(previous.question, isName)) {
    if (phrase.kind !== 'noun') continue;
    const article = firstWord(previous.question, phrase);
    if (english ? article === 'the' : GENDER_OF_ARTICLE[article] === 'neuter') return previous.question.slice(phrase.start, phrase.end);
  }
  return undefined;
}

/**
 * What a plural pronoun refers to in the previous question: two names or noun phrases joined by
 * "and" ("und" for a German pronoun: "Rutte und Trump"); else for "they"/"them" a "the" phrase
 * whose last word is an English plural ("the foreign ministers"), for "sie"/"ihnen" a "die"
 * phrase straight after a plural verb ("haben die Minister"), in the dative "den" for "ihnen".
 */
function pluralFrom(previous: Turn, english: boolean, wanted: Case, isName: IsName): string | undefined {
  const { question } = previous;
  const phrases = phrasesOf(question, isName).filter((phrase) => phrase.kind === 'noun' || phrase.kind === 'name');
  const joined = phrases.findIndex((phrase, k) => {
    const next = phrases[k + 1];
    return next !== undefined && question.slice(phrase.end, next.start).trim().toLowerCase() === (english ? 'and' : 'und');
  });
  if (joined >= 0) return question.slice(phrases[joined]!.start, phrases[joined + 1]!.end);
  const words = wordsOf(question);
  for (const phrase of phrases) {
    const text = question.slice(phrase.start, phrase.end);
    const article = firstWord(question, phrase);
    if (english) {
      if (phrase.kind === 'noun' && article === 'the' && /[^su]s$/.test(wordsOf(text).at(-1)?.lower ?? '')) return text;
    } else if (article === 'die' && germanPlural(words.findLast((word) => word.end <= phrase.start))) {
      return wanted === 'dative' ? `den${text.slice(article.length)}` : text;
    }
  }
  return undefined;
}

function personFrom(previous: Turn, gender: Exclude<Gender, 'plural'>, wanted: Case, isName: IsName): string | undefined {
  const { answer } = previous;
  if (answer.answered && answer.span && detectQuestionType(previous.question) === 'person' && /^\p{Lu}/u.test(answer.answer)) return answer.answer;
  const phrases = phrasesOf(previous.question, isName);
  const name = phrases.find((phrase) => phrase.kind === 'name' && !DETERMINERS.has(firstWord(previous.question, phrase)));
  if (name) return previous.question.slice(name.start, name.end);
  for (const phrase of phrases) {
    if (phrase.kind !== 'noun' && phrase.kind !== 'name') continue;
    const text = previous.question.slice(phrase.start, phrase.end);
    const article = firstWord(previous.question, phrase);
    if (article === 'the') return text;
    if (GENDER_OF_ARTICLE[article] === gender) return ARTICLE[gender][wanted] + text.slice(article.length);
  }
  return undefined;
}

function placeFrom(previous: Turn, isName: IsName): string | undefined {
  const { answer } = previous;
  if (answer.answered && answer.span && detectQuestionType(previous.question) === 'place') {
    return PLACE_CUE.test(answer.answer.split(/\s+/)[0]!) ? answer.answer : `in ${answer.answer}`;
  }
  for (const text of [previous.question, answer.answered ? (answer.passage ?? '') : '']) {
    const place = phrasesOf(text, isName).find(isPlace);
    if (place) return text.slice(place.start, place.end);
  }
  return undefined;
}

/** "in Brüssel", "nach Den Haag": a place preposition before a name. */
function isPlace(phrase: Phrase): boolean {
  return phrase.kind === 'prepositional' && phrase.inner === 'name' && PLACE_CUE.test(phrase.preposition ?? '');
}

function firstWord(text: string, phrase: Phrase): string {
  return wordsOf(text.slice(phrase.start, phrase.end))[0]?.lower ?? '';
}
