import { detectLanguage } from '../lang/detectLanguage.ts';
import { joinEnglishPhrases, translateToGerman } from '../lang/glossary.ts';
import { asksForSeveral, detectQuestionType, type AskedFor } from '../answer/questionType.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import { termKey } from '../text/terms.ts';
import type { ReplyLanguage } from '../types.ts';

/** Nouns that name the kind of answer after "welche"/"which". */
const TYPE_NOUNS = new Set(
  'stadt land ort region staat jahr monat datum tag jahrhundert jahrzehnt zeitpunkt person personen name namen city country place region state year month date day century decade person name town'.split(' '),
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

/** A content word of the question and the index keys it may stand for. */
export interface QueryWord {
  text: string;
  /** Its own key first, then the keys of its German translations. */
  keys: string[];
  /** Whether it opens the question (so its capital letter says nothing). */
  first: boolean;
  /** An English common word the glossary cannot translate: its absence from German text says little (names are spelt alike). */
  untranslated: boolean;
  /** A capitalised word that qualifies the noun before it ("Präsident der Ukraine", "Hauptstadt von Peru"). */
  qualifier: boolean;
}

/** Words that attach a qualifying noun to the noun before them. */
const ATTACHING = new Set(['der', 'des', 'von', 'vom', 'of']);

/** A question read for searching and for picking the short answer. */
export interface AnalyzedQuestion extends AskedFor {
  language: ReplyLanguage;
  words: QueryWord[];
}

/** Reads a cleaned question: its language, what it asks for and its content words. */
export function analyzeQuestion(question: string): AnalyzedQuestion {
  const allWords = tokenize(question).map((token) => token.text);
  const language = detectLanguage(allWords);
  const text = language === 'en' ? joinEnglishPhrases(question) : question;
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const tokens = tokenize(text);
  tokens.forEach(({ text: word }, i) => {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower)) return;
    // "In welcher Stadt …" says what kind of answer is wanted, not what the sentence is about.
    if (TYPE_NOUNS.has(lower) && /^(welche[rmns]?|which|what)$/i.test(tokens[i - 1]?.text ?? '')) return;
    const translations = language === 'en' ? translateToGerman(lower) : undefined;
    const own = termKey(lower);
    const keys = [own, ...(translations ?? []).map(termKey)].filter((key, i, all) => all.indexOf(key) === i);
    if (seen.has(keys.join(' '))) return;
    seen.add(keys.join(' '));
    const capital = /^\p{Lu}/u.test(word);
    // Between the two nouns may stand an adjective: "Präsident der russischen Föderation".
    const attach = /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '') && !ATTACHING.has(tokens[i - 1]!.text) ? i - 2 : i - 1;
    const qualifier = capital && ATTACHING.has(tokens[attach]?.text ?? '') && attach > 1 && /^\p{Lu}/u.test(tokens[attach - 1]!.text);
    words.push({ text: word, keys, first: i === 0, untranslated: language === 'en' && translations === undefined && !capital, qualifier });
  });
  const focus = (language === 'en' ? ENGLISH_FOCUS : GERMAN_FOCUS).exec(text)?.[1];
  return { language, type: detectQuestionType(text), plural: asksForSeveral(text), askedKind: ASKED_KIND.test(text), words, ...(focus ? { focus: focus.toLowerCase() } : {}) };
}
