import { existsSync, readFileSync } from 'node:fs';
import { splitSentences } from '../../src/text/sentences.ts';
import type { Knowledge } from '../../src/types.ts';
import { loadLexicon } from '../../adapters/common/loadLexicon.ts';
import { squadToKnowledge, type SquadFile } from '../eval/squad.ts';

/** A knowledge set to measure, with questions to ask it. */
export interface BenchCorpus {
  name: string;
  knowledge: Knowledge;
  questions: string[];
}

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The SQuAD file's knowledge (with the committed lexicons, as the bots read it) and questions, or undefined when the file is not there. */
export function squadCorpus(file: string): BenchCorpus | undefined {
  if (!existsSync(file)) return undefined;
  const { knowledge, questions } = squadToKnowledge(JSON.parse(readFileSync(file, 'utf8')) as SquadFile, loadLexicon());
  return {
    name: `XQuAD dev (${knowledge.articles.reduce((n, a) => n + a.paragraphs.length, 0)} paragraphs)`,
    knowledge,
    questions: questions.map((q) => q.question),
  };
}

/**
 * A large corpus of `paragraphs` paragraphs, each five sentences drawn at random from the
 * source's sentences, in articles of 50 paragraphs; ~900 characters a paragraph with XQuAD.
 */
export function generatedCorpus(source: BenchCorpus, paragraphs: number, seed = 7): BenchCorpus {
  const pool = source.knowledge.articles.flatMap((article) => article.paragraphs.flatMap(splitSentences));
  const random = seededRandom(seed);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  const articles = [];
  for (let a = 0; a * 50 < paragraphs; a++) {
    const count = Math.min(50, paragraphs - a * 50);
    articles.push({
      id: `g${a + 1}`,
      title: `Generated article ${a + 1}`,
      paragraphs: Array.from({ length: count }, () => [pick(), pick(), pick(), pick(), pick()].join(' ')),
    });
  }
  return {
    name: `generated (${paragraphs.toLocaleString('en')} paragraphs)`,
    knowledge: { articles, ...(source.knowledge.lexicon ? { lexicon: source.knowledge.lexicon } : {}) },
    questions: source.questions,
  };
}
