import { describe, expect, it } from 'vitest';
import { createWordFamily } from '../src/retrieval/wordFamily.ts';

describe('createWordFamily', () => {
  it('finds "tesla" for the genitive "teslas" the stemmer keeps apart, and back', () => {
    const family = createWordFamily(['tesla', 'teslas', 'marconi']);
    expect(family.relatives('teslas')).toContainEqual({ key: 'tesla', weight: 0.9 });
    expect(family.relatives('tesla')).toContainEqual({ key: 'teslas', weight: 0.9 });
    expect(family.relatives('marconis')).toContainEqual({ key: 'marconi', weight: 0.9 });
  });

  it('splits a compound the index lacks into its parts, the first weighing at least as much as the last', () => {
    const family = createWordFamily(['militar', 'hilf']);
    const weightOf = (key: string) => family.relatives('militarhilf').find((match) => match.key === key)?.weight ?? 0;
    expect(weightOf('militar')).toBeGreaterThan(0);
    expect(weightOf('militar')).toBeGreaterThanOrEqual(weightOf('hilf'));
  });

  it('does not take a final "s" after a consonant for an ending', () => {
    const family = createWordFamily(['kur', 'kurs']);
    expect(family.relatives('kurs').find((match) => match.key === 'kur')?.weight ?? 0).toBeLessThan(0.9);
  });
});
