import { createEngine } from '../../src/engine.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import type { Knowledge } from '../../src/types.ts';
import { bm25Retriever, fuseRetriever, fuseTunedRetriever, germanStems, miniSearchRetriever, type ParagraphHit } from '../bench/retrievers.ts';
import { ANSWER_ALL } from './evaluate.ts';
import { answerInSentence, type SquadQuestion } from './squad.ts';

/** A retriever's best paragraph and sentence for a question. */
interface Pick {
  hit: ParagraphHit;
  sentence: string;
}

/** What `--retriever` can name; `all` is every one of them, in this order. */
export const RETRIEVERS = {
  engine: (knowledge: Knowledge) => engineBest(knowledge),
  minisearch: (knowledge: Knowledge) => libraryBest(knowledge, miniSearchRetriever(knowledge)),
  fuse: (knowledge: Knowledge) => libraryBest(knowledge, fuseTunedRetriever(knowledge)),
  'fuse-defaults': (knowledge: Knowledge) => libraryBest(knowledge, fuseRetriever(knowledge)),
  bm25: (knowledge: Knowledge) => libraryBest(knowledge, bm25Retriever(knowledge)),
} satisfies Record<string, (knowledge: Knowledge) => { name: string; ask(question: string): Pick | undefined }>;

/** A name `--retriever` takes. */
export type RetrieverName = keyof typeof RETRIEVERS;

/** One row of the comparison: a retriever over one language's questions. */
export interface ComparisonRow {
  retriever: RetrieverName;
  name: string;
  /** `de` for the file's own questions, `en` for the parallel file's. */
  language: 'de' | 'en';
  questions: number;
  paragraphAt1: number;
  answerInSentence: number;
}

/** The engine with every threshold at 0: it always answers with the sentence it believes in most. */
function engineBest(knowledge: Knowledge) {
  const engine = createEngine(knowledge, ANSWER_ALL);
  return {
    name: 'this engine, best sentence',
    ask(question: string): Pick | undefined {
      const reply = engine.ask(question);
      const best = reply.source ? { passage: reply.passage ?? '', source: reply.source } : reply.suggestions[0];
      return best && { hit: { articleId: best.source.articleId, paragraph: best.source.paragraph }, sentence: best.passage };
    },
  };
}

/**
 * A library's best paragraph, and in it the sentence holding the most distinct stems of the
 * question (the first such on a tie): the same rule for every library, which ranks paragraphs only.
 */
function libraryBest(knowledge: Knowledge, retriever: { name: string; build(): (question: string) => ParagraphHit | undefined }) {
  const find = retriever.build();
  const paragraphs = new Map(knowledge.articles.map((article) => [article.id, article.paragraphs]));
  return {
    name: retriever.name,
    ask(question: string): Pick | undefined {
      const hit = find(question);
      const text = hit && paragraphs.get(hit.articleId)?.[hit.paragraph - 1];
      if (!hit || text === undefined) return undefined;
      const asked = new Set(germanStems(question));
      let sentence = '';
      let most = -1;
      for (const candidate of splitSentences(text)) {
        const held = new Set(germanStems(candidate).filter((stem) => asked.has(stem))).size;
        if (held > most) [sentence, most] = [candidate, held];
      }
      return { hit, sentence };
    },
  };
}

/** Asks each question set through each named retriever and scores its best paragraph and sentence. */
export function compareRetrievers(
  knowledge: Knowledge,
  sets: ReadonlyArray<{ language: 'de' | 'en'; questions: readonly SquadQuestion[] }>,
  names: readonly RetrieverName[],
  progress: (done: string) => void = () => {},
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const retriever of names) {
    const built = RETRIEVERS[retriever](knowledge);
    for (const { language, questions } of sets) {
      let paragraph = 0;
      let sentence = 0;
      for (const q of questions) {
        const pick = built.ask(q.question);
        if (!pick) continue;
        if (pick.hit.articleId === q.articleId && pick.hit.paragraph === q.paragraph) paragraph++;
        if (answerInSentence(pick.sentence, q.answers)) sentence++;
      }
      const n = Math.max(questions.length, 1);
      rows.push({ retriever, name: built.name, language, questions: questions.length, paragraphAt1: paragraph / n, answerInSentence: sentence / n });
      progress(`${retriever} (${language})`);
    }
  }
  return rows;
}
