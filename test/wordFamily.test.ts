import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS } from '../src/decision/weights.ts';
import { createWordFamily } from '../src/retrieval/wordFamily.ts';

describe('createWordFamily', () => {
  it('finds "tesla" for the genitive "teslas" the stemmer keeps apart, and back', () => {
    const family = createWordFamily(['tesla', 'teslas', 'marconi'], MATCH_WEIGHTS);
    expect(family.relatives('teslas')).toContainEqual({ key: 'tesla', weight: MATCH_WEIGHTS.sForm });
    expect(family.relatives('tesla')).toContainEqual({ key: 'teslas', weight: MATCH_WEIGHTS.sForm });
    expect(family.relatives('marconis')).toContainEqual({ key: 'marconi', weight: MATCH_WEIGHTS.sForm });
  });

  it('splits a compound the index lacks into its parts, each at the weight given for its place', () => {
    const weights = { ...MATCH_WEIGHTS, compoundHead: 0.7, compoundTail: 0.4 };
    const family = createWordFamily(['militar', 'hilf'], weights);
    const weightOf = (key: string) => family.relatives('militarhilf').find((match) => match.key === key)?.weight ?? 0;
    expect(weightOf('militar')).toBe(0.7);
    expect(weightOf('hilf')).toBe(0.4);
  });

  it('does not take a final "s" after a consonant for an ending', () => {
    const family = createWordFamily(['kur', 'kurs'], MATCH_WEIGHTS);
    expect(family.relatives('kurs').find((match) => match.key === 'kur')).toBeUndefined();
  });
});
