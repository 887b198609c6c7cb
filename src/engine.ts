import { readSentence, type ReadSentence } from './answer/chunks.ts';
import { isSumOfMoney, linearPieceScorer, pickPiece, pieceOptions, type ShapeWeights } from './answer/extractAnswer.ts';
import { CURRENCY_CLASS } from './answer/patterns.ts';
import { yesNoVerdict } from './answer/yesNo.ts';
import { createDecider, decide } from './decision/decide.ts';
import type { DecisionModel } from './decision/model.ts';
import { missingConstraints, questionConstraints } from './decision/constraints.ts';
import type { Candidate, Reading } from './decision/reading.ts';
import { FITTED_MODEL, MATCH_WEIGHTS, RANK_WEIGHTS, SHAPE_WEIGHTS } from './decision/weights.ts';
import type { MatchWeights } from './retrieval/concepts.ts';
import { languageOfText } from './lang/detectLanguage.ts';
import { boundedMemo } from './memo.ts';
import { declineMessage } from './messages.ts';
import { resolveFollowUp, type ConversationContext } from './question/followUp.ts';
import { createNameTest } from './question/names.ts';
import { holdsPronoun } from './question/pronouns.ts';
import { analyzeQuestion } from './retrieval/analyzeQuestion.ts';
import { createSearchIndex } from './retrieval/searchIndex.ts';
import type { RankOptions } from './retrieval/rank.ts';
import { cleanText } from './text/normalize.ts';
import { correctQuestionWord } from './question/questionWordTypos.ts';
import { refersBack } from './text/anaphors.ts';
import { tokenize } from './text/tokenize.ts';
import type { Answer, AnswerReason, ArticleSummary, Knowledge, Passage, ReplyLanguage, Source } from './types.ts';

/** How the engine reads and answers; every field has a default. */
export interface EngineOptions {
  /** Longest question read, in characters; longer ones are declined (default 1000). */
  maxQuestionLength: number;
  /** How many of the best sentences are re-read for the kind of answer asked (default 4). */
  rerank: number;
  /** How the ranking weighs what it finds (default {@link RANK_WEIGHTS}, fitted by `npm run train`, and 6 paragraphs ranked by sentence). */
  rank: RankOptions;
  /** How much the lexicons' translations and synonyms, a word's family and a correction count against the word itself (default {@link MATCH_WEIGHTS}, fitted by `npm run train`). */
  matchWeights: MatchWeights;
  /** How each shape of piece fits each kind of question, for the short answer (default {@link SHAPE_WEIGHTS}, searched by `npm run train`). */
  shapeWeights: ShapeWeights;
  /** The fitted decisions: which sentence, whether to answer, whether to lead with a short answer (default: `decision/weights.ts`). */
  model: DecisionModel;
}

export const defaultEngineOptions: EngineOptions = {
  maxQuestionLength: 1000,
  rerank: 4,
  rank: { ...RANK_WEIGHTS, paragraphs: 6 },
  matchWeights: MATCH_WEIGHTS,
  shapeWeights: SHAPE_WEIGHTS,
  model: FITTED_MODEL,
};

/** Answers questions about a fixed set of articles; build once, ask many times. */
export interface Engine {
  /**
   * Answers a question. With `context` (the conversation's last turns) a follow-up ("und
   * 2025?", "Wo hat er …?") is first read as a standalone question, which the answer carries
   * as `resolvedQuestion`; a question that stands on its own is read as asked.
   */
  ask(question: string, context?: ConversationContext): Answer;
  readonly articles: readonly ArticleSummary[];
}

/** An engine that also shows what it found before deciding, for training and evaluation. */
export interface ReadingEngine extends Engine {
  /** The candidates and constraints behind a reply; null when the question is declined unread (empty, too long, no match). */
  read(question: string): Reading | null;
  /** The sentence a candidate's `ranked.passage` points at, with where it stands. */
  passage(index: number): Passage;
}

/** Builds the search index over the knowledge once and returns an engine that asks it. */
export function createEngine(knowledge: Knowledge, options: Partial<EngineOptions> = {}): ReadingEngine {
  const settings: EngineOptions = {
    ...defaultEngineOptions,
    ...options,
    rank: { ...defaultEngineOptions.rank, ...options.rank },
    matchWeights: { ...MATCH_WEIGHTS, ...options.matchWeights },
    shapeWeights: { ...SHAPE_WEIGHTS, ...options.shapeWeights },
  };
  const index = createSearchIndex(knowledge, settings);
  const { corpus } = index;
  // Sentences are read (tagged, keyed) once and kept, up to a bound, as questions reach them.
  const readAt = boundedMemo(
    (passage: number): ReadSentence => readSentence(corpus.passages[passage]!.text, corpus.keyOf, corpus.names, knowledge.lexicon?.isCommonNoun),
    READ_CACHE_SIZE,
  );
  const articles = knowledge.articles.map((article): ArticleSummary => ({
    id: article.id,
    title: article.title,
    paragraphs: article.paragraphs.length,
    ...citation(article),
  }));
  const citations = new Map(knowledge.articles.map((article) => [article.id, citation(article)]));
  const cite = <Cited extends { source: Source | null }>(item: Cited): Cited => {
    const found = item.source ? citations.get(item.source.articleId) : undefined;
    return found && (found.url || found.date) ? { ...item, source: { ...item.source!, ...found } } : item;
  };
  const passageAt = (passage: number) => corpus.passages[passage]!;
  const decider = createDecider(settings.model);
  const scorePiece = linearPieceScorer(settings.model.piece);
  const isName = createNameTest(corpus.names, knowledge.lexicon?.isCommonNoun);
  const currencies = new Set(knowledge.lexicon?.members(corpus.keyOf(CURRENCY_CLASS.toLowerCase())) ?? []);
  const isCurrency = (key: string) => currencies.has(key);
  // A question of one word names a topic but asks nothing about it ("Wetter", "quit"), and one
  // whose only word is a verb beside a pronoun asks about someone it does not name ("Wer leitet
  // es?" with nothing before it): the engine may show where the word stands, but vouches for no
  // fact, so it never answers.
  const topicDecider = createDecider({ ...settings.model, thresholds: { ...settings.model.thresholds, answer: { de: Infinity, en: Infinity } } });

  // A word the articles or the lexicon know is no misspelt question word.
  const isKnownWord = (lower: string) => {
    const key = corpus.keyOf(lower);
    return index.knows(key) || (knowledge.lexicon?.isCommonNoun(key) ?? false) || knowledge.lexicon?.translate(lower) !== undefined;
  };

  function prepare(question: string): Prepared | Answer {
    if (question.length > settings.maxQuestionLength * 4) return decline('too-long', languageOfText(question.slice(0, 400)));
    const text = cleanText(question);
    if (text.length > settings.maxQuestionLength) return decline('too-long', languageOfText(text));
    const analyzed = analyzeQuestion(correctQuestionWord(text, isKnownWord), knowledge.lexicon, corpus.keyOf, index.knows);
    if (analyzed.words.length === 0) return decline(/[\p{L}\p{N}]/u.test(text) ? 'not-found' : 'empty', analyzed.language);
    const concepts = index.resolve(analyzed.words);
    const ranked = index.rank(concepts, settings.rank);
    if (ranked.length === 0) return decline('not-found', analyzed.language);
    const questionKeys = new Set(analyzed.words.flatMap((word) => word.keys));
    const constraints = questionConstraints(analyzed.words, corpus.names, knowledge.lexicon?.isCommonNoun ?? (() => false));
    const candidates = ranked.slice(0, settings.rerank).map((candidate, rank): Candidate => {
      const isAsked = (key: string) => {
        const id = index.inverted.termIds.get(key);
        return questionKeys.has(key) || (id !== undefined && candidate.matchedTerms.has(id));
      };
      const sentence = readAt(candidate.passage);
      const asked = sentence.words.map((word) => isAsked(word.key));
      const verdict = analyzed.yesNo
        ? yesNoVerdict(
            analyzed.negated,
            sentence.text,
            sentence.words,
            sentence.words.map((word, i) => !word.stop && asked[i]!),
          )
        : undefined;
      const offered = pieceOptions(sentence, analyzed, asked, settings.shapeWeights);
      // A length, a duration or an age ("Wie lange …?") is no sum of money.
      const options = analyzed.extent ? offered.filter((option) => !isSumOfMoney(sentence, option, isCurrency)) : offered;
      // A sentence that points back ("er", "dieser") is quoted with the one before it: in its
      // paragraph, or the last of the paragraph before when it opens one that goes on from that (`continues`).
      const paragraph = corpus.paragraphs[candidate.paragraph]!;
      const context =
        (candidate.passage > paragraph.firstPassage && refersBack(sentence.words)) || (candidate.passage === paragraph.firstPassage && paragraph.continues)
          ? candidate.passage - 1
          : undefined;
      return {
        ranked: candidate,
        rank,
        ...(context === undefined ? {} : { context }),
        sentence,
        asked,
        options,
        extracted: pickPiece(sentence.text, options, scorePiece),
        missing: missingConstraints(constraints, candidate),
        ...(verdict ? { verdict } : {}),
      };
    });
    const namesNothing = analyzed.words.length === 1 && (analyzed.words[0]!.first || !/^[\p{Lu}\p{N}]/u.test(analyzed.words[0]!.text)) && holdsPronoun(text);
    return { reading: { question: analyzed, concepts, constraints, candidates }, topicOnly: tokenize(text).length === 1 || namesNothing };
  }

  function ask(question: string, context?: ConversationContext): Answer {
    if (context && context.turns.length > 0 && question.length <= settings.maxQuestionLength) {
      const text = cleanText(question);
      const resolved = resolveFollowUp(text, context, isName);
      if (resolved !== text) return { ...answerTo(resolved), resolvedQuestion: resolved };
    }
    return answerTo(question);
  }

  function answerTo(question: string): Answer {
    const prepared = prepare(question);
    if (!('reading' in prepared)) return prepared;
    const reply = decide(prepared.reading, prepared.topicOnly ? topicDecider : decider, passageAt);
    if (reply.reason === 'not-found') return decline('not-found', reply.language, reply.score);
    const answer = cite(reply);
    return answer.suggestions.length > 0 ? { ...answer, suggestions: answer.suggestions.map(cite) } : answer;
  }

  function read(question: string): Reading | null {
    const prepared = prepare(question);
    return 'reading' in prepared ? prepared.reading : null;
  }

  function decline(reason: Exclude<AnswerReason, 'answered' | 'unsure'>, language: ReplyLanguage, score = 0): Answer {
    const answer = declineMessage(language, reason, settings.maxQuestionLength, articles.length);
    return { answered: false, answer, span: false, passage: null, source: null, score, language, reason, suggestions: [] };
  }

  return { ask, read, passage: passageAt, articles };
}

/** Where an article can be found: its `source` when that is a web address, and its date. */
function citation(article: { source?: string; date?: string }): { url?: string; date?: string } {
  const url = article.source && /^https?:\/\//i.test(article.source) ? article.source : undefined;
  return { ...(url ? { url } : {}), ...(article.date ? { date: article.date } : {}) };
}

/** A question read and matched, ready to decide; `topicOnly` for a question that names a topic but asks nothing about it, or asks about someone it does not name: it is never answered. */
interface Prepared {
  reading: Reading;
  topicOnly: boolean;
}

/** How many read sentences an engine keeps. */
const READ_CACHE_SIZE = 20_000;
