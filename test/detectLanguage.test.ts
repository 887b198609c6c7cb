import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../adapters/common/loadLexicon.ts';
import { detectLanguage, languageByLexicon, languageOfText } from '../src/lang/detectLanguage.ts';
import { termKey } from '../src/text/terms.ts';
import { analyzeQuestion } from '../src/retrieval/analyzeQuestion.ts';

describe('the language of a question', () => {
  it('is the one whose function words it uses more', () => {
    expect(languageOfText('Wer hat den Vertrag in Rom unterschrieben?')).toBe('de');
    expect(languageOfText('Who signed the treaty in Rome?')).toBe('en');
  });

  it('asks the guess only when the function words do not tell, and is German without one', () => {
    const asked: string[] = [];
    const guess = (text: string) => {
      asked.push(text);
      return 'en' as const;
    };
    expect(detectLanguage(['What', 'party', 'governs', 'in', 'Hamburg'], guess)).toBe('en');
    expect(detectLanguage(['Wer', 'regiert', 'in', 'Hamburg'], guess)).toBe('de');
    // No function word at all, or as many of each ("in" is both): the guess decides.
    expect(detectLanguage(['Brexit', 'referendum'], guess)).toBe('en');
    expect(detectLanguage(['Hamburg', 'in', 'numbers'], guess)).toBe('en');
    expect(asked).toEqual(['Brexit referendum', 'Hamburg in numbers']);
    expect(detectLanguage(['Brexit', 'referendum'])).toBe('de');
    expect(detectLanguage(['Rutte'], () => undefined)).toBe('de');
  });

  it('of a tie is read from its letters by the committed lexicon’s guesser', () => {
    const lexicon = loadLexicon();
    expect(analyzeQuestion('Hamburg population growth?', lexicon).language).toBe('en');
    expect(analyzeQuestion('Bevölkerungswachstum Hamburgs?', lexicon).language).toBe('de');
    expect(lexicon.guessLanguage?.('Regierungsbezirke Niedersachsens')).toBe('de');
  });
});

describe('the language of a question whose function words do not tell', () => {
  // A made-up lexicon: "Deich" a German noun only, "levee" English only, "Deichgraf" both, "Elbe" a name.
  const lexicon = {
    isCommonNoun: (key: string) => [termKey('Deich'), termKey('Deichgraf')].includes(key),
    translate: (english: string) => ({ levee: [termKey('Deich')], deichgraf: [termKey('Deichgraf'), 'vogt'], elbe: [termKey('Elbe')] })[english],
  };

  it('is the one whose words alone the lexicons know, before the letters are asked', () => {
    expect(languageByLexicon(['Deich'], lexicon, termKey)).toBe('de');
    expect(languageByLexicon(['levee'], lexicon, termKey)).toBe('en');
    const asked: string[] = [];
    const guess = (text: string) => (asked.push(text), 'en' as const);
    expect(analyzeQuestion('Deich?', { ...lexicon, guessLanguage: guess }).language).toBe('de');
    expect(asked).toEqual([]);
  });

  it('is left to the letters for a word of both languages, and for a name spelt alike in both', () => {
    expect(languageByLexicon(['Deichgraf'], lexicon, termKey)).toBeUndefined();
    expect(languageByLexicon(['Elbe'], lexicon, termKey)).toBeUndefined();
    expect(analyzeQuestion('Elbe?', { ...lexicon, guessLanguage: () => 'en' }).language).toBe('en');
  });
});
