import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createEngine } from '../../src/engine.ts';
import type { Knowledge } from '../../src/types.ts';
import type { Retriever } from './measure.ts';

/** This project's engine, as the bots use it. */
export function engineRetriever(knowledge: Knowledge): Retriever {
  return { name: 'article-qa-bot engine', build: () => createEngine(knowledge).ask };
}

function paragraphsOf(knowledge: Knowledge) {
  return knowledge.articles.flatMap((article) => article.paragraphs.map((text, i) => ({ id: `${article.id}#${i + 1}`, text })));
}

/** Fuse.js with its defaults over whole paragraphs, the naive design. */
export function fuseRetriever(knowledge: Knowledge): Retriever {
  return {
    name: 'Fuse.js defaults (paragraphs)',
    build: () => {
      const fuse = new Fuse(paragraphsOf(knowledge), { keys: ['text'] });
      return (question) => fuse.search(question, { limit: 1 });
    },
  };
}

/** MiniSearch configured for German: Snowball stemming and stopwords, fuzzy and prefix search. */
export function miniSearchRetriever(knowledge: Knowledge): Retriever {
  const stop = new Set(stopwords);
  return {
    name: 'MiniSearch, German stemming + stopwords',
    build: () => {
      const search = new MiniSearch({
        fields: ['text'],
        processTerm: (term) => (stop.has(term.toLowerCase()) ? null : stemmer(term.toLowerCase())),
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      search.addAll(paragraphsOf(knowledge));
      return (question) => search.search(question).slice(0, 1);
    },
  };
}
