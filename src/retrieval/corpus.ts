import { splitSentences } from '../text/sentences.ts';
import { words } from '../text/tokenize.ts';
import { createNameStats, type NameStats } from '../answer/nameStats.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { termKey } from '../text/terms.ts';
import { opensWithPronoun } from '../text/anaphors.ts';
import type { Article, Passage } from '../types.ts';

/** A paragraph as the index sees it: its sentences are `passages[first..first+count)`. */
export interface IndexedParagraph {
  articleIndex: number;
  firstPassage: number;
  passageCount: number;
  /**
   * Whether its first sentence goes on from the paragraph before it in its article (see
   * `opensWithPronoun`): "Er lobte …" says who only with the paragraph before.
   */
  continues: boolean;
}

/** Articles cut into sentences, with where each stands; the index holds their terms (see `buildInvertedIndex`). */
export interface Corpus {
  passages: Passage[];
  /** Per passage: the index of its paragraph in `paragraphs`. */
  passageParagraph: Int32Array;
  paragraphs: IndexedParagraph[];
  /** What these articles tell of a word: how name-like it is, whether it is also written in lower case. */
  names: NameStats;
  /** {@link termKey} remembering the corpus's words, for reading sentences at question time. */
  keyOf: (word: string) => string;
}

/**
 * Cuts articles into sentence passages with their position, and each sentence into the term
 * keys of its content words, in order (`passageTerms`: for building the index, which keeps
 * them as term ids).
 */
export function buildCorpus(articles: readonly Article[]): { corpus: Corpus; passageTerms: string[][] } {
  const keyOf = cachedTermKey();
  const readForm = writtenForms(keyOf);
  const names = createNameStats();
  const passages: Passage[] = [];
  const passageTerms: string[][] = [];
  const owners: number[] = [];
  const paragraphs: IndexedParagraph[] = [];
  articles.forEach((article, articleIndex) => {
    article.paragraphs.forEach((text, paragraphIndex) => {
      const sentences = splitSentences(text);
      const before = paragraphs.at(-1);
      const paragraph = { articleIndex, firstPassage: passages.length, passageCount: sentences.length, continues: false };
      paragraphs.push(paragraph);
      sentences.forEach((sentence, sentenceIndex) => {
        passages.push({
          articleId: article.id,
          title: article.title,
          paragraph: paragraphIndex + 1,
          sentence: sentenceIndex + 1,
          text: sentence,
        });
        const written = words(sentence);
        const lower: string[] = [];
        const keys: string[] = [];
        for (const word of written) {
          const form = readForm(word);
          lower.push(form.lower);
          if (form.key !== undefined) keys.push(form.key);
        }
        names.observe(written, lower);
        if (sentenceIndex === 0) paragraph.continues = before?.articleIndex === articleIndex && before.passageCount > 0 && opensWithPronoun(lower);
        passageTerms.push(keys);
        owners.push(paragraphs.length - 1);
      });
    });
  });
  return { corpus: { passages, passageParagraph: Int32Array.from(owners), paragraphs, names, keyOf: keyOf.peek }, passageTerms };
}

/**
 * Each written form's lower case and term key (none for a stopword), worked out once: a
 * corpus repeats its words, and one look-up per word is cheaper than lower-casing and
 * stemming look-ups each time.
 */
function writtenForms(keyOf: (word: string) => string) {
  const forms = new Map<string, { lower: string; key: string | undefined }>();
  return (word: string): { lower: string; key: string | undefined } => {
    let form = forms.get(word);
    if (!form) {
      const lower = word.toLowerCase();
      form = { lower, key: STOPWORDS.has(lower) ? undefined : keyOf(lower) };
      forms.set(word, form);
    }
    return form;
  };
}

/**
 * {@link termKey} with a memo: a corpus repeats its words, and stemming is the costly part.
 * `peek` reads the memo without adding to it, so questions cannot grow it.
 */
export function cachedTermKey(): ((word: string) => string) & { peek: (word: string) => string } {
  const cache = new Map<string, string>();
  const keyOf = (word: string) => {
    let key = cache.get(word);
    if (key === undefined) {
      key = termKey(word);
      cache.set(word, key);
    }
    return key;
  };
  return Object.assign(keyOf, { peek: (word: string) => cache.get(word) ?? termKey(word) });
}
