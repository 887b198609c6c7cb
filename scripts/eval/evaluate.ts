import type { Engine, EngineOptions } from '../../src/engine.ts';
import { FITTED_MODEL } from '../../src/decision/weights.ts';
import type { Answer, Knowledge, Lexicon } from '../../src/types.ts';
import { answerInSentence, quantile, questionsById, squadToKnowledge, type SquadFile } from './squad.ts';

/** What {@link evaluate} needs besides the data. */
export interface EvaluateOptions {
  /** A parallel file (same ids) whose questions are asked instead, e.g. English over German. */
  questionsFrom?: SquadFile;
  /** Also ask each question with its own article left out; it should be declined. */
  declineCheck: boolean;
  lexicon?: Lexicon;
  build(knowledge: Knowledge, options?: Partial<EngineOptions>): Engine;
}

/** The figures `npm run eval` prints besides the cross-validated ones. */
export interface EvalReport {
  questions: number;
  articles: number;
  paragraphs: number;
  /** Of the sentence the engine believes in most, before any decline: right paragraph. */
  paragraphAt1: number;
  /** The same: the sentence holds a gold answer. */
  answerInSentence: number;
  /** Share answered with the shipped weights. */
  answered: number;
  msP50: number;
  msP99: number;
  /** Share declined (not answered) with the question's own article left out. */
  declined?: number;
}

/** The shipped model with every threshold at 0: it always answers with the sentence it believes in most. */
export const ANSWER_ALL = { model: { ...FITTED_MODEL, thresholds: { answer: { de: 0, en: 0 }, unsure: 0, span: 2 } } };

/** The passage a reply stands on: the quoted one, or the first offered when unsure. */
function passageOf(reply: Answer) {
  return reply.source ? { passage: reply.passage, source: reply.source } : reply.suggestions[0];
}

/** Asks every question through the engine the bots use and scores the sentence it picks. */
export function evaluate(file: SquadFile, options: EvaluateOptions): EvalReport {
  const { knowledge, questions } = squadToKnowledge(file, options.lexicon);
  const asked = questionsById(options.questionsFrom);
  const engine = options.build(knowledge);
  const always = options.build(knowledge, ANSWER_ALL);
  const sums = { paragraph: 0, sentence: 0, answered: 0 };
  const times: number[] = [];
  const used = questions.filter((q) => !options.questionsFrom || asked.has(q.id));
  for (const q of used) {
    const text = asked.get(q.id) ?? q.question;
    const started = performance.now();
    const reply = engine.ask(text);
    times.push(performance.now() - started);
    if (reply.answered) sums.answered++;
    const best = passageOf(always.ask(text));
    if (!best) continue;
    if (best.source.articleId === q.articleId && best.source.paragraph === q.paragraph) sums.paragraph++;
    if (answerInSentence(best.passage, q.answers)) sums.sentence++;
  }
  const n = Math.max(used.length, 1);
  const report: EvalReport = {
    questions: used.length,
    articles: knowledge.articles.length,
    paragraphs: knowledge.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    paragraphAt1: sums.paragraph / n,
    answerInSentence: sums.sentence / n,
    answered: sums.answered / n,
    msP50: quantile(times, 0.5),
    msP99: quantile(times, 0.99),
  };
  if (options.declineCheck) report.declined = declinedShare(knowledge, used, asked, options);
  return report;
}

/** Share of questions declined when their own article is not in the knowledge. */
function declinedShare(
  knowledge: Knowledge,
  used: ReturnType<typeof squadToKnowledge>['questions'],
  asked: Map<string, string>,
  options: EvaluateOptions,
): number {
  let declined = 0;
  for (const article of knowledge.articles) {
    const without = options.build({ ...knowledge, articles: knowledge.articles.filter((other) => other.id !== article.id) });
    for (const q of used.filter((question) => question.articleId === article.id)) {
      if (!without.ask(asked.get(q.id) ?? q.question).answered) declined++;
    }
  }
  return declined / Math.max(used.length, 1);
}
