import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeQuestionSet, type Case } from './helpers/readsFirst.ts';

const cases: Case[] = JSON.parse(readFileSync(new URL('./fixtures/questions.bundled.json', import.meta.url), 'utf8'));

describe('question set over the bundled article, judged by what each reply leads with', () => {
  it('holds at least 40 questions across every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((item) => item.kind)).size).toBe(5);
  });

  // Today 29 of 37 answerable right, none wrong; the misses are marked knownMiss in the fixture.
  judgeQuestionSet(cases);
});
