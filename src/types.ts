/** One article as data: the loader in `adapters/` turns files into these. */
export interface Article {
  /** Stable id, usually the file name without extension. */
  id: string;
  title: string;
  /** Paragraph texts in reading order; paragraph 1 is the first after the title. */
  paragraphs: string[];
  /** ISO 639-1 code of the article's language (default `de`). */
  language?: string;
  /** Where the article comes from: its canonical web address, when known. */
  source?: string;
  /** Publication date as the file gives it (`YYYY-MM-DD` for web pages). */
  date?: string;
  /** Who wrote it, when the page or front matter says. */
  byline?: string;
}

/** Everything the engine knows: the articles, the operator's synonym groups and the lexicons. */
export interface Knowledge {
  articles: Article[];
  /** Each group lists words that mean the same, e.g. `["Auto", "Wagen"]`. */
  synonyms?: string[][];
  lexicon?: Lexicon;
}

/**
 * General language resources, compiled to index keys (see `termKey`): German synonym groups
 * (OpenThesaurus) and English words and phrases with their German translations (Ding).
 */
export interface Lexicon {
  /** An English word or phrase (lower case, hyphens as spaces), or an abbreviation in capitals ("US"), to its German translations' keys, best first; a phrase translation's keys are joined by spaces. */
  translate(english: string): readonly string[] | undefined;
  /** Groups of keys of German words that mean the same in one sense. */
  synonyms: ReadonlyArray<readonly string[]>;
  /** Whether a key is a German common noun ("Hilfe"), not a name ("Rutte", "Deutschland"). */
  isCommonNoun(key: string): boolean;
  /** Keys of the nouns the dictionary files under a class word's key ("wahrung" → "euro", "dollar", …). */
  members(key: string): readonly string[];
  /** A guess at a question's language from its letters (an n-gram model), for a question whose function words do not tell; none when it cannot say. */
  guessLanguage?(text: string): ReplyLanguage | undefined;
}

/** Where a quoted sentence stands. */
export interface Source {
  articleId: string;
  title: string;
  /** 1-based paragraph number (the title is not counted). */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** The article's web address (its `source`), when it has one. */
  url?: string;
  /** The article's publication date, when known. */
  date?: string;
}

/** A sentence of an article, the unit the engine quotes. */
export interface Passage extends Source {
  text: string;
}

/** The language the bot words its reply in. */
export type ReplyLanguage = 'de' | 'en';

/**
 * Why the engine replied as it did: `answered` leads with an answer, `unsure` with "I am not
 * sure" and the closest passages, the others with a plain message.
 */
export type AnswerReason = 'answered' | 'unsure' | 'not-found' | 'empty' | 'too-long';

/** A passage offered when the engine is not sure, with where it stands. */
export interface Suggestion {
  passage: string;
  /** The sentence before `passage`, shown before it, when `passage` points back at it ("er", "dieser"). */
  context?: string;
  source: Source;
}

/** The engine's reply to one question. */
export interface Answer {
  answered: boolean;
  /**
   * What the reply leads with: the short answer when `span` is true ("etwa 50 Milliarden
   * Euro", "Nein"), the quoted sentence when the engine vouches for the sentence but not for a
   * piece of it, else the engine's message ("Dazu steht nichts im Artikel.", "Ich bin nicht sicher …").
   */
  answer: string;
  /** Whether `answer` is a short answer cut from (or, for yes/no, read from) the passage. */
  span: boolean;
  /** The supporting sentence, quoted exactly as it stands in the article. */
  passage: string | null;
  /**
   * The sentence before `passage` in its paragraph, when `passage` points back at it ("Mit 39
   * Jahren ist er …"): the bots show it before the passage, so that the quote says who or what
   * it speaks of (see `quotation`). Absent otherwise.
   */
  context?: string;
  source: Source | null;
  /** The engine's confidence (0..1) that the passage answers: its belief that it holds the answer, less where another sentence is believed in too (see `answerBelief`). */
  score: number;
  language: ReplyLanguage;
  reason: AnswerReason;
  /** For `unsure`: up to three closest passages, best first; empty otherwise. */
  suggestions: Suggestion[];
  /** The standalone question a follow-up was read as ("und 2025?" → "Wie viel … 2025 …?"); absent when the question was read as asked. */
  resolvedQuestion?: string;
}

/** What an article looks like to someone asking which articles the bot knows. */
export interface ArticleSummary {
  id: string;
  title: string;
  paragraphs: number;
  /** The article's web address, when it has one. */
  url?: string;
  date?: string;
}
