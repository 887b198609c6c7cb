import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/retrieval/analyzeQuestion.ts';

describe('analyzeQuestion', () => {
  it.each([
    ['Welcher deutsche General war Hugenotte?', 'general'],
    ['Welche Art von Heizelement wird verwendet?', 'heizelement'],
    ['Welche beiden Verträge schufen die Union?', 'verträge'],
    ['Bei welcher Wellenlänge liegt die Spitze?', 'wellenlänge'],
    ['Which kind of engine was used?', 'engine'],
  ] as const)('reads the noun "%s" asks about as %s', (question, focus) => {
    expect(analyzeQuestion(question).focus).toBe(focus);
  });

  it('finds no focus noun where "welches" stands alone', () => {
    expect(analyzeQuestion('Welches ist das größte?').focus).toBeUndefined();
  });
});
