import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { judgeQuestionSet, type Case } from './helpers/readsFirst.ts';

// Questions a reader wrote about the bundled article after the engine was built, in everyday
// words, and not tuned against: they judge it the way new users would.
const cases: Case[] = JSON.parse(readFileSync(new URL('./fixtures/questions.fresh.json', import.meta.url), 'utf8'));

describe('questions written afresh about the bundled article, judged by what each reply leads with', () => {
  // Today 20 of 24 answerable right, none wrong; the misses are marked knownMiss in the fixture.
  // All 8 unanswerable are declined.
  judgeQuestionSet(cases);
});
