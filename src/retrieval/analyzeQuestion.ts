import { MIN_LENGTH, oneEditAway } from '../question/questionWordTypos.ts';
import { COMMON_NOUN_ENDING, PLACE_CUE } from '../answer/patterns.ts';
import { isNegated, isYesNoQuestion } from '../answer/yesNo.ts';
import { detectLanguage, languageByLexicon } from '../lang/detectLanguage.ts';
import { asksForExtent, asksForQuantity, asksForSeveral, detectQuestionType, type AskedFor } from '../answer/questionType.ts';
import { ENGLISH_STOPWORDS, GERMAN_FUNCTION_WORDS, STOPWORDS } from '../text/stopwords.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { termKey } from '../text/terms.ts';
import type { Lexicon, ReplyLanguage } from '../types.ts';

/** Nouns that name the kind of answer after "welche"/"which". */
const TYPE_NOUNS = new Set(
  'stadt land ort region staat jahr monat datum tag jahrhundert jahrzehnt zeitpunkt person personen name namen city country place region state year month date day century decade person name town'.split(
    ' ',
  ),
);

/** Words for a kind of thing: "welche Art von Heizelement" asks for a kind of Heizelement. */
const GERMAN_KIND = String.raw`(?:Art|Arten|Form|Formen|Sorte|Typ)\s+(?:von|vom|der|des)`;
const ENGLISH_KIND = String.raw`(?:kind|type|sort)\s+of`;
const ASKED_KIND = new RegExp(String.raw`(?<![\p{L}])(?:${GERMAN_KIND}|${ENGLISH_KIND})(?![\p{L}])`, 'iu');

/**
 * The noun a "welche"/"which" question asks about. German adjectives and numbers before it
 * are skipped ("welcher deutsche General"), and so is a word for a kind ("welche Art von
 * Heizelement"); English nouns are not capitalised, so there it is the next word.
 */
const GERMAN_FOCUS = new RegExp(String.raw`(?<![\p{L}])[Ww]elche[rnsm]?\s+(?:${GERMAN_KIND}\s+)?(?:(?:\p{Ll}[\p{L}-]*|\d+)\s+)*?(\p{Lu}[\p{L}-]{2,})`, 'u');
const ENGLISH_FOCUS = new RegExp(String.raw`(?<![\p{L}])(?:which|what)\s+(?:${ENGLISH_KIND}\s+)?(\p{L}[\p{L}-]{2,})`, 'iu');

/** A content word (or English phrase) of the question and the index keys it may stand for. */
export interface QueryWord {
  text: string;
  /** Its own key first, then the keys of its German translations (a phrase translation's keys joined by spaces). */
  keys: string[];
  /** Whether it opens the question (so its capital letter says nothing). */
  first: boolean;
  /** An English common word the dictionary cannot translate: its absence from German text says little (names are spelt alike). */
  untranslated: boolean;
  /** A capitalised word that qualifies the noun before it ("Präsident der Ukraine", "Hauptstadt von Peru"). */
  qualifier: boolean;
  /** The place preposition before a capitalised word, lower case ("in" for "in Washington"), if one stands there. */
  placeCue?: string;
}

/** Words that attach a qualifying noun to the noun before them. */
const ATTACHING = new Set(['der', 'des', 'von', 'vom', 'of']);

/** Longest English phrase looked up in the dictionary, in words ("secretary general", "press conference"). */
const MAX_PHRASE = 3;

/** An abbreviation as a question writes it: two to six capitals or digits ("US", "EU", "UNESCO"; not "Gov." or "kg"). */
export const WRITTEN_ABBREVIATION = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/** A question read for searching and for picking the short answer. */
export interface AnalyzedQuestion extends AskedFor {
  language: ReplyLanguage;
  words: QueryWord[];
  /** Whether it asks for yes or no (see `isYesNoQuestion`). */
  yesNo: boolean;
  /** Whether it is itself negated ("Hat X nicht …?"). */
  negated: boolean;
  /** Whether it opens by asking for a measure or a time ("Wie alt …?", "Wann …?"; see `asksForQuantity`). */
  quantity: boolean;
  /** Whether it asks for a length, a duration, an age, a frequency: no sum of money (see `asksForExtent`). */
  extent: boolean;
}

/**
 * Reads a cleaned question: its language, what it asks for and its content words. English
 * words and phrases (longest first) are translated through the lexicon's `translate` (Ding);
 * without it an English word stands only for itself. When the function words do not settle
 * the language, the lexicon's words do (see `languageByLexicon`), else its `guessLanguage`.
 * `keyOf` gives a word's index key (`termKey`, or an engine's copy that remembers the keys of
 * the articles' words). `isKnown` tells
 * whether the articles use a key: an English phrase is read as one only when they use one
 * of its translations, whole; else its words are read one by one, since the articles put it
 * in other words than the dictionary's (a phrase read whole hides its words' own translations).
 */
export function analyzeQuestion(
  question: string,
  lexicon?: Pick<Lexicon, 'translate' | 'guessLanguage'> & Partial<Pick<Lexicon, 'isCommonNoun'>>,
  keyOf: (word: string) => string = termKey,
  isKnown: (key: string) => boolean = () => true,
): AnalyzedQuestion {
  const translate = lexicon?.translate;
  const writtenTokens = tokenize(question);
  const written = writtenTokens.map((token) => token.text);
  // Where function words do not tell, the lexicons' words do before the letters' guess.
  const isCommonNoun = lexicon?.isCommonNoun;
  const language = detectLanguage(
    written,
    (text) => (isCommonNoun && translate ? languageByLexicon(written, { isCommonNoun, translate }, keyOf) : undefined) ?? lexicon?.guessLanguage?.(text),
  );
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const stopwords = language === 'en' ? ENGLISH_STOPWORDS : STOPWORDS;
  // An English typo is read as the word the dictionary knows one edit from it, before phrases are looked up.
  const tokens =
    language === 'en' && translate
      ? written.map((text, i) => ({
          ...writtenTokens[i]!,
          text: stopwords.has(text.toLowerCase()) ? text : (correctEnglish(text, translate, isKnown) ?? text),
        }))
      : writtenTokens;
  const mixedCase = /\p{Ll}/u.test(question);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const lower = word.toLowerCase();
    // An abbreviation in capitals is looked up as written first: "US" is the country, "us" a
    // pronoun (in a question written all in capitals, capitals say nothing).
    const abbreviation = language === 'en' && translate && WRITTEN_ABBREVIATION.test(word) && mixedCase ? translate(word) : undefined;
    if ((stopwords.has(lower) || (language === 'de' && withEnclitic(lower, stopwords))) && !abbreviation) continue;
    // "In welcher Stadt …" says what kind of answer is wanted, not what the sentence is about.
    if (TYPE_NOUNS.has(lower) && /^(welche[rmns]?|which|what)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    const phrase = language === 'en' && translate ? englishPhrase(tokens, i, translate, isKnown) : undefined;
    const text = phrase ? question.slice(tokens[i]!.start, tokens[i + phrase.length - 1]!.end) : word;
    const translations =
      phrase?.translations ?? (abbreviation ? [...abbreviation] : language === 'en' && translate ? translateWord(lower, translate) : undefined);
    const keys = [keyOf(lower), ...(translations ?? [])].filter((key, k, all) => all.indexOf(key) === k);
    const capital = /^\p{Lu}/u.test(word);
    // Between the two nouns may stand an adjective: "Präsident der russischen Föderation".
    const attach = /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '') && !ATTACHING.has(tokens[i - 1]!.text) ? i - 2 : i - 1;
    const qualifier = capital && ATTACHING.has(tokens[attach]?.text ?? '') && attach > 1 && /^\p{Lu}/u.test(tokens[attach - 1]!.text);
    const first = i === 0;
    const cue = tokens[i - 1]?.text.toLowerCase();
    const placeCue = capital && cue !== undefined && PLACE_CUE.test(cue) ? cue : undefined;
    if (phrase) i += phrase.length - 1;
    if (seen.has(keys.join(' '))) continue;
    seen.add(keys.join(' '));
    words.push({ text, keys, first, untranslated: language === 'en' && translations === undefined && !capital, qualifier, ...(placeCue ? { placeCue } : {}) });
  }
  const focus = (language === 'en' ? ENGLISH_FOCUS : GERMAN_FOCUS).exec(question)?.[1];
  return {
    language,
    type: detectQuestionType(question),
    plural: asksForSeveral(question),
    askedKind: ASKED_KIND.test(question),
    words,
    yesNo: isYesNoQuestion(
      written,
      language === 'de' && isCommonNoun && /\?\s*$/u.test(question) ? (first) => opensWithVerb(first, isCommonNoun, keyOf) : undefined,
    ),
    negated: isNegated(question, written),
    quantity: asksForQuantity(question),
    extent: asksForExtent(question),
    ...(focus ? { focus: focus.toLowerCase() } : {}),
  };
}

/**
 * Whether a word is a function word with "es" worn down to "s" and written on, as people type
 * ("gabs", "gibts", "hats", "wars" for "gab es", "gibt es", …): nothing to search for either.
 */
function withEnclitic(lower: string, stopwords: ReadonlySet<string>): boolean {
  const base = lower.slice(0, -1);
  // "dass" is no "das" with "s".
  return lower.endsWith('s') && !base.endsWith('s') && base.length >= 2 && stopwords.has(base);
}

/**
 * Whether a German question's first word may be its verb: no function word or number, and no
 * common noun by its ending or by the lexicon ("Militärhilfe 2025?").
 */
function opensWithVerb(word: string, isCommonNoun: (key: string) => boolean, keyOf: (word: string) => string): boolean {
  const lower = word.toLowerCase();
  return /^\p{L}+$/u.test(word) && !GERMAN_FUNCTION_WORDS.has(lower) && !COMMON_NOUN_ENDING.test(lower) && !isCommonNoun(keyOf(lower));
}

/** The longest phrase of two or more words from token `i` that the dictionary knows, with a translation `isKnown` knows whole, if any. */
function englishPhrase(
  tokens: readonly Token[],
  i: number,
  translate: Lexicon['translate'],
  isKnown: (key: string) => boolean,
): { length: number; translations: string[] } | undefined {
  for (let length = Math.min(MAX_PHRASE, tokens.length - i); length >= 2; length--) {
    const last = tokens[i + length - 1]!.text.toLowerCase();
    if (ENGLISH_STOPWORDS.has(last)) continue;
    const found = translate(
      englishKey(
        tokens
          .slice(i, i + length)
          .map((token) => token.text)
          .join(' '),
      ),
    );
    if (found && articlesUseOne(found, isKnown)) return { length, translations: [...found] };
  }
  return undefined;
}

/** An English word's translations, or its singular's ("allies" -> "ally", "forces" -> "force"). */
function translateWord(lower: string, translate: Lexicon['translate']): string[] | undefined {
  const forms = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  for (const form of new Set(forms)) {
    const found = translate(form);
    if (found) return [...found];
  }
  return undefined;
}

/**
 * The word the dictionary knows one edit from a misspelt English word ("goverment",
 * "comittee"): the one it knows, or where it knows several, the one whose translations the
 * articles use. None when the dictionary knows the word as written, when
 * that leaves none or several, or when the word is short (see `MIN_LENGTH`) or is not written
 * in small English letters only: a capital starts a name ("Harlow" is no misspelt "harrow").
 */
function correctEnglish(word: string, translate: Lexicon['translate'], isKnown: (key: string) => boolean): string | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || translateWord(word, translate)) return undefined;
  const found: Array<{ word: string; translations: string[] }> = [];
  for (const candidate of oneEditAway(word)) {
    const translations = translateWord(candidate, translate);
    if (translations) found.push({ word: candidate, translations });
  }
  const used = found.length === 1 ? found : found.filter(({ translations }) => articlesUseOne(translations, isKnown));
  if (used.length !== 1) return undefined;
  return used[0]!.word;
}

/** Whether the articles use one of `translations` whole: every key of it (a phrase translation has several). */
function articlesUseOne(translations: readonly string[], isKnown: (key: string) => boolean): boolean {
  return translations.some((translation) => translation.split(' ').every(isKnown));
}

/** An English word or phrase as the dictionary is keyed: lower case, hyphens as spaces, single spaces. */
export function englishKey(text: string): string {
  return text.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
}
