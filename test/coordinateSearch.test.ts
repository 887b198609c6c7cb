import { describe, expect, it } from 'vitest';
import { fitByCoordinateSearch } from '../scripts/train/coordinateSearch.ts';

describe('fitByCoordinateSearch', () => {
  // Items 0-3 are right when a = 1, items 4-5 only when a = 2; b never matters.
  const rightWhen = [1, 1, 1, 1, 2, 2];
  const hits = ({ a }: { a: number; b: number }) => rightWhen.map((wanted) => wanted === a);

  it('takes, weight by weight, the grid value under which most items are right', () => {
    const fit = fitByCoordinateSearch({ a: 0, b: 0 }, { a: [0, 1, 2], b: [0, 1] }, hits, [0, 0, 0, 1, 1, 1], 2, 1);
    expect(fit.weights).toEqual({ a: 1, b: 0 });
    expect(fit.accuracy).toBeCloseTo(4 / 6);
    expect(fit.start).toBe(0);
  });

  it('judges each fold with weights searched on the other folds only', () => {
    // Fold 1 holds items 4 and 5: searched without them, a = 1 wins and they are judged wrong.
    const fit = fitByCoordinateSearch({ a: 0, b: 0 }, { a: [0, 1, 2], b: [0, 1] }, hits, [0, 0, 0, 0, 1, 1], 2, 1);
    // Fold 0 (items 0-3) is searched on items 4-5 alone, where a = 2 wins: all four judged wrong.
    expect(fit.crossValidated).toBe(0);
    expect(fit.accuracy).toBeCloseTo(4 / 6);
  });

  it('asks for each set of weights once', () => {
    let asked = 0;
    fitByCoordinateSearch(
      { a: 0, b: 0 },
      { a: [0, 1, 2], b: [0, 1] },
      (weights) => {
        asked++;
        return hits(weights);
      },
      [0, 1, 0, 1, 0, 1],
      2,
      2,
    );
    // {a, b} takes at most 3 · 2 values.
    expect(asked).toBeLessThanOrEqual(6);
  });
});
