import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.ts';
import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../adapters/common/loadKnowledge.ts';

interface Case {
  kind: 'fact' | 'paraphrase' | 'typo' | 'english' | 'unanswerable';
  question: string;
  paragraphs?: number[];
  answer?: string;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./fixtures/questions.bundled.json', import.meta.url), 'utf8'));

/** The share of each kind that must be answered right; below it the suite fails. */
const BAR: Record<Case['kind'], number> = { fact: 0.9, paraphrase: 0.75, typo: 0.85, english: 0.75, unanswerable: 0.8 };

const fold = (text: string) => text.toLowerCase().normalize('NFC');

/** Right means: the expected sentence, and a short answer that holds the expected words without much more. */
function isRight(engine: Engine, item: Case): boolean {
  const reply = engine.ask(item.question);
  if (item.kind === 'unanswerable') return !reply.answered;
  const expected = fold(item.answer!);
  return reply.answered && item.paragraphs!.includes(reply.source!.paragraph) && fold(reply.answer).includes(expected) && reply.answer.length <= expected.length + 30;
}

describe('question set over the bundled article', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
  });

  it('holds at least 40 questions across every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((item) => item.kind)).size).toBe(5);
  });

  for (const kind of Object.keys(BAR) as Array<Case['kind']>) {
    it(`answers ${kind} questions right at least ${BAR[kind] * 100} % of the time`, () => {
      const ofKind = cases.filter((item) => item.kind === kind);
      const wrong = ofKind.filter((item) => !isRight(engine, item)).map((item) => item.question);
      const share = (ofKind.length - wrong.length) / ofKind.length;
      console.log(`${kind}: ${(share * 100).toFixed(0)} % right (${ofKind.length - wrong.length}/${ofKind.length})${wrong.length ? `; wrong: ${wrong.join(' | ')}` : ''}`);
      expect(share).toBeGreaterThanOrEqual(BAR[kind]);
    });
  }
});
