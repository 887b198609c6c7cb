import { detectLanguage } from '../lang/detectLanguage.ts';
import { joinEnglishPhrases, translateToGerman } from '../lang/glossary.ts';
import { detectQuestionType, type QuestionType } from '../answer/questionType.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import { termKey } from '../text/terms.ts';
import type { ReplyLanguage } from '../types.ts';

/** A content word of the question and the index keys it may stand for. */
export interface QueryWord {
  text: string;
  /** Its own key first, then the keys of its German translations. */
  keys: string[];
  translated: boolean;
}

/** A question read for searching. */
export interface AnalyzedQuestion {
  language: ReplyLanguage;
  type: QuestionType;
  words: QueryWord[];
}

/** Reads a cleaned question: its language, what it asks for and its content words. */
export function analyzeQuestion(question: string): AnalyzedQuestion {
  const allWords = tokenize(question).map((token) => token.text);
  const language = detectLanguage(allWords);
  const text = language === 'en' ? joinEnglishPhrases(question) : question;
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const { text: word } of tokenize(text)) {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const translations = language === 'en' ? translateToGerman(lower) : undefined;
    const own = termKey(lower);
    const keys = [own, ...(translations ?? []).map(termKey)].filter((key, i, all) => all.indexOf(key) === i);
    if (seen.has(keys.join(' '))) continue;
    seen.add(keys.join(' '));
    words.push({ text: word, keys, translated: translations !== undefined });
  }
  return { language, type: detectQuestionType(text), words };
}
