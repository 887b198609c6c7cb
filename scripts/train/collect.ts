import { createEngine, defaultEngineOptions, type EngineOptions, type ReadingEngine } from '../../src/engine.ts';
import type { ShapeWeights } from '../../src/answer/extractAnswer.ts';
import type { Reading } from '../../src/decision/reading.ts';
import type { RetrievalWeights } from './matchWeights.ts';
import { quote } from '../../src/decision/decide.ts';
import { quotation } from '../../src/messages.ts';
import type { Lexicon, Passage } from '../../src/types.ts';
import { answerInSentence, f1Score, questionsById, squadToKnowledge, type SquadFile } from '../eval/squad.ts';

/** One question as the engine read it, with what is right for it. */
export interface Example {
  id: string;
  /** The question's article: cross-validation keeps an article's questions in one fold. */
  group: string;
  language: 'de' | 'en';
  /** Whether the question's own article was in the knowledge; without it the right reply is "the article does not say". */
  answerable: boolean;
  question: string;
  golds: string[];
  reading: Reading | null;
  passageAt: (passage: number) => Passage;
  /** Per candidate: whether its sentence holds a gold answer (always false when not answerable). */
  sentenceRight: boolean[];
  /** Per candidate: whether its quote holds a gold answer: the sentence, after the one before when it points back at that (see `refersBack`). */
  quoteRight: boolean[];
  /** Per candidate: whether its short answer is right (F1 >= 0.5 against a gold answer). */
  spanRight: boolean[];
}

/** Whether a short answer counts as right: it holds a gold answer, or overlaps one with F1 >= 0.5. */
export function spanIsRight(span: string, golds: readonly string[]): boolean {
  return f1Score(span, golds) >= 0.5 || answerInSentence(span, golds);
}

/**
 * Reads every question twice: with all articles, and with its own article left out (the
 * no-answer check). German questions come from `german`; English ones, asked over the same
 * German paragraphs, from `english` when given (ids match). Engines read with `lexicon` when given,
 * and with the `retrieval` and `shape` weights when given (else the engine's defaults).
 */
export function collectExamples(german: SquadFile, english?: SquadFile, lexicon?: Lexicon, retrieval?: RetrievalWeights, shape?: ShapeWeights): Example[] {
  const { knowledge, questions } = squadToKnowledge(german, lexicon);
  const englishText = questionsById(english);
  const asked = questions.flatMap((q) => [
    { ...q, language: 'de' as const, text: q.question },
    ...(englishText.has(q.id) ? [{ ...q, language: 'en' as const, text: englishText.get(q.id)! }] : []),
  ]);
  const examples: Example[] = [];
  const options: Partial<EngineOptions> = {
    ...(retrieval ? { matchWeights: retrieval.match, rank: { ...defaultEngineOptions.rank, ...retrieval.rank } } : {}),
    ...(shape ? { shapeWeights: shape } : {}),
  };
  const full = createEngine(knowledge, options);
  const withoutOwn = new Map<string, ReadingEngine>();
  const without = (articleId: string): ReadingEngine => {
    let engine = withoutOwn.get(articleId);
    if (!engine) {
      engine = createEngine({ ...knowledge, articles: knowledge.articles.filter((article) => article.id !== articleId) }, options);
      withoutOwn.set(articleId, engine);
    }
    return engine;
  };
  for (const q of asked) {
    for (const answerable of [true, false]) {
      const engine = answerable ? full : without(q.articleId);
      const passageAt = engine.passage;
      const reading = engine.read(q.text);
      const candidates = reading?.candidates ?? [];
      examples.push({
        id: q.id,
        group: q.articleId,
        language: q.language,
        answerable,
        question: q.text,
        golds: q.answers,
        reading,
        passageAt,
        sentenceRight: candidates.map((c) => answerable && answerInSentence(passageAt(c.ranked.passage).text, q.answers)),
        quoteRight: candidates.map((c) => answerable && answerInSentence(quotation(quote(c, passageAt)), q.answers)),
        spanRight: candidates.map((c) => answerable && spanIsRight(c.extracted.text, q.answers)),
      });
    }
  }
  return examples;
}
