import { describe, expect, it } from 'vitest';
import { readDing, splitOutsideBrackets } from '../scripts/lexicons/ding.ts';
import { termKey } from '../src/text/terms.ts';

describe('reading Ding', () => {
  it('splits alternatives only outside braces, brackets and parentheses', () => {
    expect(splitOutsideBrackets('to sing {sang; sung}; to chant')).toEqual(['to sing {sang; sung}', 'to chant']);
    expect(splitOutsideBrackets('Haus {n} [arch.] (Gebäude; Bau); Heim {n}')).toEqual(['Haus {n} [arch.] (Gebäude; Bau)', 'Heim {n}']);
  });

  it('translates an irregular verb and its forms in braces, the verb itself first', () => {
    const translations = new Map(
      readDing('singen {vi}; trällern {vi} | singend :: to sing {sang; sung}; to warble | singing\n').map(({ english, german }) => [english, german]),
    );
    expect(translations.get('sing')).toEqual([termKey('singen'), termKey('trällern')]);
    expect(translations.get('sang')).toEqual([termKey('singen'), termKey('trällern')]);
    expect(translations.get('sung')).toContain(termKey('singen'));
    expect([...translations.keys()].some((english) => english.includes('{'))).toBe(false);
  });
});
