import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { quotation } from '../../src/messages.ts';

/** A question about the bundled article with where its answer stands. */
export interface Case {
  kind: 'fact' | 'paraphrase' | 'typo' | 'english' | 'unanswerable';
  question: string;
  paragraphs?: number[];
  /** Words the reply must lead with: the short answer, or the quoted sentence. */
  answer?: string;
  /** For a yes/no question: what the article says ("ja", "nein", "yes", "no"). */
  verdict?: string;
  /** Not answered right today (declined or unsure): its test is `it.fails`, so a fix shows. */
  knownMiss?: boolean;
  /** Led with a wrong answer today: its test is `it.fails`, and so is the set's check that it fails, so a fix shows. */
  knownWrong?: boolean;
}

/** What the user reads first. */
export type Outcome = 'right' | 'wrong' | 'declined';

const fold = (text: string) => text.toLowerCase().normalize('NFC');
const VERDICTS = new Set(['ja', 'nein', 'yes', 'no']);

/**
 * Judges a reply by what it leads with: a short answer must hold the expected words without
 * much more; a yes/no must be the article's; a quote must be the expected sentence's and
 * hold them. An unanswerable question is right only when declined.
 */
export function outcome(engine: Engine, item: Case): Outcome {
  const reply = engine.ask(item.question);
  if (item.kind === 'unanswerable') return reply.answered ? 'wrong' : 'right';
  if (!reply.answered) return 'declined';
  if (!item.paragraphs!.includes(reply.source!.paragraph)) return 'wrong';
  const expected = fold(item.answer!);
  if (reply.span && VERDICTS.has(fold(reply.answer))) {
    return (item.verdict === undefined || fold(reply.answer) === item.verdict) && fold(reply.passage!).includes(expected) ? 'right' : 'wrong';
  }
  // A quote is judged as shown: the sentence, after the one before where it points back at that.
  const lead = reply.span ? reply.answer : quotation({ passage: reply.passage!, context: reply.context });
  return fold(lead).includes(expected) && (!reply.span || reply.answer.length <= expected.length + 30) ? 'right' : 'wrong';
}

/** One line per kind: how many right, wrong and declined, and the questions missed. */
export function summary(results: ReadonlyArray<{ item: Case; outcome: Outcome }>): string[] {
  return [...new Set(results.map(({ item }) => item.kind))].map((kind) => {
    const ofKind = results.filter(({ item }) => item.kind === kind);
    const count = (wanted: Outcome) => ofKind.filter(({ outcome: o }) => o === wanted).length;
    const misses = ofKind.filter(({ outcome: o }) => o !== 'right').map(({ item, outcome: o }) => `${o}: ${item.question}`);
    return `${kind}: ${count('right')} right, ${count('wrong')} wrong, ${count('declined')} declined of ${ofKind.length}${misses.length ? ` (${misses.join(' | ')})` : ''}`;
  });
}

/** The issue's bars: the shares of answerable questions a set should lead with the right answer for, and at most with a wrong one. */
const RIGHT_BAR = 0.8;
const WRONG_BAR = 0.08;

/**
 * The checks every question set about the bundled article runs. Each question is a test of
 * its own: led with the right answer (`it.fails` for a known miss, so a fix shows), and for
 * a known miss never led with a wrong one. Across the set: each unanswerable question
 * declined, at most 8 % wrong leads, and at least 80 % right (a known failure where the marks say so).
 * Logs one line per kind of question, so misses show in the test output.
 */
export function judgeQuestionSet(cases: readonly Case[]): void {
  let results: Array<{ item: Case; outcome: Outcome }> = [];
  beforeAll(async () => {
    const engine = createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    results = cases.map((item) => ({ item, outcome: outcome(engine, item) }));
    for (const line of summary(results)) console.log(line);
  });

  const answerable = () => results.filter(({ item }) => item.kind !== 'unanswerable');
  const share = (list: typeof results, wanted: Outcome) => list.filter(({ outcome: o }) => o === wanted).length / list.length;
  const outcomeOf = (item: Case) => results.find((result) => result.item === item)!.outcome;

  describe.each(cases.map((item) => [item.question, item] as const))('%s', (_, item) => {
    const right = item.kind === 'unanswerable' ? 'is declined' : 'leads with the right answer';
    (item.knownMiss || item.knownWrong ? it.fails : it)(right, () => {
      expect(outcomeOf(item)).toBe('right');
    });
    if (item.knownMiss) {
      it('does not lead with a wrong answer', () => {
        expect(outcomeOf(item)).not.toBe('wrong');
      });
    }
  });

  const knownWrongUnanswerable = cases.some((item) => item.kind === 'unanswerable' && item.knownWrong);
  (knownWrongUnanswerable ? it.fails : it)('declines every question the article does not answer', () => {
    expect(results.filter(({ item, outcome: o }) => item.kind === 'unanswerable' && o !== 'right').map(({ item }) => item.question)).toEqual([]);
  });

  it("leads with a wrong answer for at most 8 % of the questions the article answers (the issue's bar for wrong answers)", () => {
    expect(share(answerable(), 'wrong')).toBeLessThanOrEqual(WRONG_BAR);
  });

  // The issue's bar for right answers: a known failure where the fixture's marks say so (the
  // misses are "not sure" or declined; see the log lines).
  const askable = cases.filter((item) => item.kind !== 'unanswerable');
  const barMet = askable.filter((item) => !item.knownMiss && !item.knownWrong).length >= RIGHT_BAR * askable.length;
  (barMet ? it : it.fails)('leads with the right answer for at least 80 % of the questions the article answers', () => {
    expect(share(answerable(), 'right')).toBeGreaterThanOrEqual(RIGHT_BAR);
  });
}
