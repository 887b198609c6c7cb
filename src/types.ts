/** One article as data: the loader in `adapters/` turns files into these. */
export interface Article {
  /** Stable id, usually the file name without extension. */
  id: string;
  title: string;
  /** Paragraph texts in reading order; paragraph 1 is the first after the title. */
  paragraphs: string[];
  /** ISO 639-1 code of the article's language (default `de`). */
  language?: string;
  source?: string;
  date?: string;
}

/** Everything the engine knows: the articles and the operator's synonym groups. */
export interface Knowledge {
  articles: Article[];
  /** Each group lists words that mean the same, e.g. `["Chef", "Generalsekretär"]`. */
  synonyms?: string[][];
}

/** Where a quoted sentence stands. */
export interface Source {
  articleId: string;
  title: string;
  /** 1-based paragraph number (the title is not counted). */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
}

/** A sentence of an article, the unit the engine quotes. */
export interface Passage extends Source {
  text: string;
}

/** The language the bot words its reply in. */
export type ReplyLanguage = 'de' | 'en';

/** Why the engine answered as it did; `answered` is the only case with a passage. */
export type AnswerReason = 'answered' | 'not-found' | 'empty' | 'too-long';

/** The engine's reply to one question. */
export interface Answer {
  answered: boolean;
  /** The short answer (amount, name, place, date or phrase), else a plain "the article does not say". */
  answer: string;
  /** The supporting sentence, quoted exactly as it stands in the article. */
  passage: string | null;
  source: Source | null;
  /** Confidence in 0..1; answers below the engine's threshold are declined. */
  score: number;
  language: ReplyLanguage;
  reason: AnswerReason;
}

/** What an article looks like to someone asking which articles the bot knows. */
export interface ArticleSummary {
  id: string;
  title: string;
  paragraphs: number;
}
