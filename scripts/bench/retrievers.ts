import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import bm25 from 'wink-bm25-text-search';
import { createEngine } from '../../src/engine.ts';
import type { Knowledge } from '../../src/types.ts';
import type { Retriever } from './measure.ts';

/** A paragraph a library found: `articleId` and its 1-based number, as the engine's sources name them. */
export interface ParagraphHit {
  articleId: string;
  paragraph: number;
}

/** A library that ranks whole paragraphs; `build` returns its best paragraph for a question, if any. */
export interface ParagraphRetriever extends Retriever {
  build(): (question: string) => ParagraphHit | undefined;
}

/** This project's engine, as the bots use it. */
export function engineRetriever(knowledge: Knowledge): Retriever {
  return { name: 'article-qa-bot engine', build: () => createEngine(knowledge).ask };
}

const GERMAN_STOPWORDS = new Set(stopwords);

/** Lower-cased words without German stopwords, Snowball-stemmed: the German analysis each library below is given. */
export function germanStems(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.filter((word) => !GERMAN_STOPWORDS.has(word)).map((word) => stemmer(word));
}

function paragraphsOf(knowledge: Knowledge) {
  return knowledge.articles.flatMap((article) => article.paragraphs.map((text, i) => ({ id: `${article.id}#${i + 1}`, text })));
}

function hitOf(id: string | undefined): ParagraphHit | undefined {
  if (id === undefined) return undefined;
  const at = id.lastIndexOf('#');
  return { articleId: id.slice(0, at), paragraph: Number(id.slice(at + 1)) };
}

/** Fuse.js with its defaults over whole paragraphs, the naive design. */
export function fuseRetriever(knowledge: Knowledge): ParagraphRetriever {
  return {
    name: 'Fuse.js defaults (paragraphs)',
    build: () => {
      const fuse = new Fuse(paragraphsOf(knowledge), { keys: ['text'] });
      return (question) => hitOf(fuse.search(question, { limit: 1 })[0]?.item.id);
    },
  };
}

/**
 * Fuse.js at its best found when the project started: token search (TF-IDF) over German
 * stems, and a strict fuzzy threshold, since loose ones match nearly every long paragraph.
 */
export function fuseTunedRetriever(knowledge: Knowledge): ParagraphRetriever {
  return {
    name: 'Fuse.js, token search, German stemming, threshold 0.1',
    build: () => {
      const fuse = new Fuse(paragraphsOf(knowledge), { keys: ['text'], useTokenSearch: true, tokenize: germanStems, threshold: 0.1 });
      return (question) => hitOf(fuse.search(question, { limit: 1 })[0]?.item.id);
    },
  };
}

/** MiniSearch configured for German: Snowball stemming and stopwords, fuzzy and prefix search. */
export function miniSearchRetriever(knowledge: Knowledge): ParagraphRetriever {
  return {
    name: 'MiniSearch, German stemming + stopwords',
    build: () => {
      const search = new MiniSearch({
        fields: ['text'],
        processTerm: (term) => (GERMAN_STOPWORDS.has(term.toLowerCase()) ? null : stemmer(term.toLowerCase())),
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      search.addAll(paragraphsOf(knowledge));
      return (question) => hitOf(search.search(question)[0]?.id);
    },
  };
}

/** Plain BM25 (wink-bm25-text-search, its default k1 1.2, b 0.75) over German stems without stopwords. */
export function bm25Retriever(knowledge: Knowledge): ParagraphRetriever {
  return {
    name: 'BM25 (wink), German stemming + stopwords',
    build: () => {
      const search = bm25();
      search.defineConfig({ fldWeights: { text: 1 } });
      search.definePrepTasks([germanStems]);
      const paragraphs = paragraphsOf(knowledge);
      for (const paragraph of paragraphs) search.addDoc({ text: paragraph.text }, paragraph.id);
      // wink refuses fewer than three documents; blank ones change no term's statistics but N.
      for (let i = paragraphs.length; i < 3; i++) search.addDoc({ text: '' }, `#pad${i}`);
      search.consolidate();
      return (question) => hitOf(search.search(question, 1)[0]?.[0]);
    },
  };
}
