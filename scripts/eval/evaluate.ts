import type { Engine, EngineOptions } from '../../src/engine.ts';
import type { Knowledge } from '../../src/types.ts';
import { answerInSentence, exactMatch, f1Score, quantile, squadToKnowledge, type SquadFile } from './squad.ts';

/** What {@link evaluate} needs besides the data. */
export interface EvaluateOptions {
  /** A parallel file (same ids) whose questions are asked instead, e.g. English over German. */
  questionsFrom?: SquadFile;
  /** Also ask each question with its own article left out; it should be declined. */
  declineCheck: boolean;
  build(knowledge: Knowledge, options?: Partial<EngineOptions>): Engine;
}

/** The figures `npm run eval` prints. */
export interface EvalReport {
  questions: number;
  articles: number;
  paragraphs: number;
  paragraphAt1: number;
  answerInSentence: number;
  exactMatch: number;
  f1: number;
  answered: number;
  msP50: number;
  msP99: number;
  declined?: number;
}

/** Asks every question through the engine the bots use and scores the answers. */
export function evaluate(file: SquadFile, options: EvaluateOptions): EvalReport {
  const { knowledge, questions } = squadToKnowledge(file);
  const asked = new Map<string, string>();
  for (const entry of options.questionsFrom?.data ?? []) for (const p of entry.paragraphs) for (const qa of p.qas) asked.set(qa.id, qa.question);
  const engine = options.build(knowledge);
  const sums = { paragraph: 0, sentence: 0, em: 0, f1: 0, answered: 0 };
  const times: number[] = [];
  const used = questions.filter((q) => !options.questionsFrom || asked.has(q.id));
  for (const q of used) {
    const text = asked.get(q.id) ?? q.question;
    const started = performance.now();
    const reply = engine.ask(text);
    times.push(performance.now() - started);
    if (!reply.answered) continue;
    sums.answered++;
    if (reply.source?.articleId === q.articleId && reply.source.paragraph === q.paragraph) sums.paragraph++;
    if (answerInSentence(reply.passage, q.answers)) sums.sentence++;
    sums.em += exactMatch(reply.answer, q.answers);
    sums.f1 += f1Score(reply.answer, q.answers);
  }
  const n = Math.max(used.length, 1);
  const report: EvalReport = {
    questions: used.length,
    articles: knowledge.articles.length,
    paragraphs: knowledge.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    paragraphAt1: sums.paragraph / n,
    answerInSentence: sums.sentence / n,
    exactMatch: sums.em / n,
    f1: sums.f1 / n,
    answered: sums.answered / n,
    msP50: quantile(times, 0.5),
    msP99: quantile(times, 0.99),
  };
  if (options.declineCheck) report.declined = declinedShare(knowledge, used, asked, options);
  return report;
}

/** Share of questions declined when their own article is not in the knowledge. */
function declinedShare(knowledge: Knowledge, used: ReturnType<typeof squadToKnowledge>['questions'], asked: Map<string, string>, options: EvaluateOptions): number {
  let declined = 0;
  for (const article of knowledge.articles) {
    const without = options.build({ ...knowledge, articles: knowledge.articles.filter((other) => other.id !== article.id) });
    for (const q of used.filter((question) => question.articleId === article.id)) {
      if (!without.ask(asked.get(q.id) ?? q.question).answered) declined++;
    }
  }
  return declined / Math.max(used.length, 1);
}
