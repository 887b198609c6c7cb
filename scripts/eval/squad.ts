import type { Article, Knowledge, Lexicon } from '../../src/types.ts';

/** The parts of a SQuAD v1.1 file the evaluation reads. */
export interface SquadFile {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; answers: Array<{ text: string }> }> }> }>;
}

/** One question with where its answer stands. */
export interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  articleId: string;
  paragraph: number;
}

/** One article per title, one paragraph per context; ids are `a1`, `a2`, … in file order; with the lexicon when given. */
/** A SQuAD file's question texts by id (none without a file): a parallel file asks the same paragraphs in another language. */
export function questionsById(file: SquadFile | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of file?.data ?? []) for (const p of entry.paragraphs) for (const qa of p.qas) texts.set(qa.id, qa.question);
  return texts;
}

export function squadToKnowledge(file: SquadFile, lexicon?: Lexicon): { knowledge: Knowledge; questions: SquadQuestion[] } {
  const questions: SquadQuestion[] = [];
  const articles: Article[] = file.data.map((entry, a) => {
    const id = `a${a + 1}`;
    entry.paragraphs.forEach((paragraph, p) => {
      for (const qa of paragraph.qas) {
        questions.push({ id: qa.id, question: qa.question, answers: qa.answers.map((answer) => answer.text), articleId: id, paragraph: p + 1 });
      }
    });
    return { id, title: entry.title, paragraphs: entry.paragraphs.map((paragraph) => paragraph.context.replace(/\s+/g, ' ').trim()), language: 'de' };
  });
  return { knowledge: { articles, ...(lexicon ? { lexicon } : {}) }, questions };
}

/** SQuAD's answer normalisation (lower case, no punctuation, no articles, single spaces), with German articles added. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/(?<![\p{L}])(a|an|the|der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)(?![\p{L}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Token-overlap F1 after normalisation, best over the gold answers. */
export function f1Score(prediction: string, golds: readonly string[]): number {
  const predicted = normalizeAnswer(prediction).split(' ').filter(Boolean);
  return Math.max(
    0,
    ...golds.map((gold) => {
      const expected = normalizeAnswer(gold).split(' ').filter(Boolean);
      const counts = new Map<string, number>();
      for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1);
      let common = 0;
      for (const token of predicted) {
        const left = counts.get(token) ?? 0;
        if (left > 0) {
          common++;
          counts.set(token, left - 1);
        }
      }
      if (common === 0) return 0;
      const precision = common / predicted.length;
      const recall = common / expected.length;
      return (2 * precision * recall) / (precision + recall);
    }),
  );
}

/** Whether a gold answer stands in the returned sentence (after normalisation). */
export function answerInSentence(sentence: string | null, golds: readonly string[]): boolean {
  if (!sentence) return false;
  const normalized = ` ${normalizeAnswer(sentence)} `;
  return golds.some((gold) => normalized.includes(` ${normalizeAnswer(gold)} `));
}

/** The value at a quantile (0..1) of a list of numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
