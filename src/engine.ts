import { readSentence, type ReadSentence } from './answer/chunks.ts';
import { extractAnswer } from './answer/extractAnswer.ts';
import { languageOfText } from './lang/detectLanguage.ts';
import { boundedMemo } from './memo.ts';
import { declineMessage } from './messages.ts';
import { analyzeQuestion } from './retrieval/analyzeQuestion.ts';
import { createSearchIndex } from './retrieval/searchIndex.ts';
import { defaultRankOptions, type RankedSentence, type RankOptions } from './retrieval/rank.ts';
import { cleanText } from './text/normalize.ts';
import type { Answer, AnswerReason, ArticleSummary, Knowledge, ReplyLanguage } from './types.ts';

/** How the engine reads and answers; every field has a default. */
export interface EngineOptions {
  /** Longest question read, in characters; longer ones are declined (default 1000). */
  maxQuestionLength: number;
  /** Lowest score that still counts as answered (default 0.33). */
  minScore: number;
  /** How many of the best sentences are re-read for the kind of answer asked (default 4). */
  rerank: number;
  /** Weight of a sentence offering the asked kind of answer, against its relative score (default 0.2). */
  fitWeight: number;
  rank: RankOptions;
}

export const defaultEngineOptions: EngineOptions = { maxQuestionLength: 1000, minScore: 0.33, rerank: 4, fitWeight: 0.2, rank: defaultRankOptions };

/** Answers questions about a fixed set of articles; build once, ask many times. */
export interface Engine {
  ask(question: string): Answer;
  readonly articles: readonly ArticleSummary[];
}

/** Builds the search index over the knowledge once and returns an engine that asks it. */
export function createEngine(knowledge: Knowledge, options: Partial<EngineOptions> = {}): Engine {
  const settings: EngineOptions = { ...defaultEngineOptions, ...options, rank: { ...defaultRankOptions, ...options.rank } };
  const index = createSearchIndex(knowledge);
  // Sentences are read (tagged, keyed) once and kept, up to a bound, as questions reach them.
  const read = boundedMemo((passage: number): ReadSentence => readSentence(index.corpus.passages[passage]!.text, index.corpus.keyOf, index.corpus.names), READ_CACHE_SIZE);
  const articles = knowledge.articles.map((article) => ({ id: article.id, title: article.title, paragraphs: article.paragraphs.length }));

  function ask(question: string): Answer {
    if (question.length > settings.maxQuestionLength * 4) return decline('too-long', languageOfText(question.slice(0, 400)));
    const text = cleanText(question);
    if (text.length > settings.maxQuestionLength) return decline('too-long', languageOfText(text));
    const analyzed = analyzeQuestion(text);
    if (analyzed.words.length === 0) return decline(/[\p{L}\p{N}]/u.test(text) ? 'not-found' : 'empty', analyzed.language);
    const concepts = index.resolve(analyzed.words);
    const ranked = index.rank(concepts, settings.rank);
    if (ranked.length === 0) return decline('not-found', analyzed.language);
    const questionKeys = new Set(analyzed.words.flatMap((word) => word.keys));
    const top = ranked[0]!.score;
    // The best few sentences are re-read for what the question asks: a "wann" question wants
    // a sentence that holds a date the question does not already say.
    const best = ranked
      .slice(0, settings.rerank)
      .map((candidate) => {
        const isAsked = (key: string) => {
          const id = index.inverted.termIds.get(key);
          return questionKeys.has(key) || (id !== undefined && candidate.matchedTerms.has(id));
        };
        const extracted = extractAnswer(read(candidate.passage), analyzed, isAsked);
        return { candidate, extracted, total: candidate.score / top + settings.fitWeight * extracted.fit };
      })
      .reduce((a, b) => (b.total > a.total ? b : a));
    const score = confidence(best.candidate, TYPED.has(analyzed.type) ? best.extracted.fit : 1);
    if (score < settings.minScore) return decline('not-found', analyzed.language, score);
    const { text: sentence, ...source } = index.corpus.passages[best.candidate.passage]!;
    return {
      answered: true,
      answer: best.extracted.text,
      passage: sentence,
      source,
      score,
      language: analyzed.language,
      reason: 'answered',
    };
  }

  function decline(reason: Exclude<AnswerReason, 'answered'>, language: ReplyLanguage, score = 0): Answer {
    return { answered: false, answer: declineMessage(language, reason, settings.maxQuestionLength), passage: null, source: null, score, language, reason };
  }

  return { ask, articles };
}

/** How many read sentences an engine keeps. */
const READ_CACHE_SIZE = 20_000;

/** Question types whose answer has a shape (a number, a date, a name) the sentence must hold. */
const TYPED = new Set(['amount', 'time', 'person', 'place']);

/**
 * Score in 0..1 from how much of the question the sentence, its paragraph and the paragraphs
 * around it contain: a question the article answers finds its other words close by, one it
 * does not finds a word or two anywhere. A sentence without the kind of answer asked ("how
 * old" but no number) counts for less.
 */
function confidence({ sentenceCoverage, paragraphCoverage, nearbyCoverage }: RankedSentence, fit: number): number {
  return Math.min(1, (0.4 * sentenceCoverage + 0.4 * paragraphCoverage + 0.2 * nearbyCoverage) * (0.7 + 0.3 * fit));
}
