import { describe, expect, it } from 'vitest';
import { alternativesWithAbbreviations, rankSenses, readDing, splitOutsideBrackets, type DingRanking, type Sense } from '../scripts/lexicons/ding.ts';
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

  it('reads the abbreviations after an alternative and in its parentheses, but not labelled codes, those with small letters or of one letter', () => {
    expect(alternativesWithAbbreviations('Freistaat {m} /F.S./ (Kfz: /FST/); Land /L./ (Bundesland /BL/); Gebiet /Geb.; Gb./')).toEqual([
      { text: 'Freistaat {m} (Kfz:)', abbreviations: ['FS'] },
      { text: 'Land (Bundesland)', abbreviations: ['BL'] },
      { text: 'Gebiet', abbreviations: [] },
    ]);
  });

  it('translates an English abbreviation under its capitals, as its words and the German abbreviations', () => {
    // A made-up entry: its headword part has the German abbreviation, its second part the English one.
    const translations = new Map(
      readDing('Vereinigte Inseln {pl} von Norden /VIN/ | Vereinigte Inseln :: United Isles of the North /UIN/ | United Isles /UI/\n').map(
        ({ english, german }) => [english, german],
      ),
    );
    const isles = `${termKey('Vereinigte')} ${termKey('Inseln')}`;
    expect(translations.get('UI')).toEqual(expect.arrayContaining([termKey('VIN'), isles]));
    expect(translations.get('UIN')).toEqual([termKey('VIN')]);
    expect(translations.get('united isles')).toEqual([isles]);
    expect(translations.has('ui')).toBe(false);
  });
});

/** A ranking with every step on, so each can be seen at work (the shipped one is fitted). */
const ranking: DingRanking = { inflection: 2, alternative: 1, germanAlternative: 1, field: 3, centrality: 1, commonness: 0, translations: 2 };

describe('ranking Ding senses', () => {
  const sense = (keys: string, overrides: Partial<Sense> = {}): Sense => ({
    keys,
    inflected: 0,
    position: 0,
    germanPosition: 0,
    field: false,
    uses: 0,
    ...overrides,
  });
  it('puts a subject field sense after a general one, and keeps as many as the ranking says', () => {
    const senses = [sense('matriz', { field: true }), sense('sterb', { position: 1 }), sense('erlosch', { position: 2 })];
    expect(rankSenses(senses, ranking)).toEqual(['sterb', 'erlosch']);
    expect(rankSenses(senses, { ...ranking, field: 0 })).toEqual(['matriz', 'sterb']);
  });

  it('ranks a translation many entries give above one given once', () => {
    const senses = [sense('umkipp'), sense('sterb', { position: 1 }), sense('sterb', { position: 1 }), sense('sterb', { position: 1 })];
    expect(rankSenses(senses, ranking)[0]).toBe('sterb');
    expect(rankSenses(senses, { ...ranking, centrality: 0 })[0]).toBe('umkipp');
  });
});

describe('leaving out rare registers', () => {
  it('drops colloquial and slang senses, and keeps a subject field sense behind the general one when the ranking says so', () => {
    const translations = new Map(
      readDing('abkratzen {vi} [ugs.] :: to die\nsterben {vi} [med.] :: to die\numkommen {vi} :: to die\nkrepieren {vi} [slang] :: to die\n', ranking).map(
        ({ english, german }) => [english, german],
      ),
    );
    expect(translations.get('die')).toEqual([termKey('umkommen'), termKey('sterben')]);
  });
});
