import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../adapters/common/loadLexicon.ts';
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

  it('tells a question asking for a kind ("Welche Art von …") from one asking for a thing', () => {
    expect(analyzeQuestion('Welche Art von Heizelement wird verwendet?').askedKind).toBe(true);
    expect(analyzeQuestion('What kind of engine was used?').askedKind).toBe(true);
    expect(analyzeQuestion('Welches Heizelement wird verwendet?').askedKind).toBe(false);
  });

  it('finds no focus noun where "welches" stands alone', () => {
    expect(analyzeQuestion('Welches ist das größte?').focus).toBeUndefined();
  });

  it.each([
    ['Worüber sprachen die Minister in Genf?', ['sprachen', 'Minister', 'Genf']],
    ['Woraus besteht der Belag der Straße?', ['besteht', 'Belag', 'Straße']],
    ['Wogegen protestierten die Bauern?', ['protestierten', 'Bauern']],
    ['Weswegen schloss die Fabrik?', ['schloss', 'Fabrik']],
  ] as const)('reads a question adverb of "wo(r)" and a preposition as a question word, not as what "%s" is about', (question, searched) => {
    expect(analyzeQuestion(question).words.map((word) => word.text)).toEqual(searched);
  });

  it('reads a German question that opens with any verb and then its subject as asking yes or no', () => {
    const lexicon = loadLexicon();
    for (const question of [
      'Findet der Gipfel im Mai statt?',
      'Lobte der Bürgermeister die Ausgaben?',
      'Schließt die Fabrik im Winter?',
      'Regnet es morgen?',
    ]) {
      expect(analyzeQuestion(question, lexicon).yesNo, question).toBe(true);
    }
    // A request, a noun phrase, a question word, a statement without a question mark, and no lexicon to tell a verb from a noun.
    for (const question of ['Nennen Sie den Ort des Gipfels?', 'Zeitung der Stadt Bremen?', 'Schloss die Fabrik wann?', 'Findet der Gipfel im Mai statt']) {
      expect(analyzeQuestion(question, lexicon).yesNo, question).toBe(false);
    }
    expect(analyzeQuestion('Findet der Gipfel im Mai statt?').yesNo).toBe(false);
  });

  it('reads "es gibt" in any tense as asking what there is, not as a word to search', () => {
    for (const question of ['Wie viele Brücken gibt es?', 'Wie viele Brücken gab es 1900?', 'Gäbe es Brücken ohne den Fluss?']) {
      expect(
        analyzeQuestion(question).words.map((word) => word.text.toLowerCase()),
        question,
      ).not.toContainEqual(expect.stringMatching(/^g[aäi]b/));
    }
  });

  it('does not search for a function word with "es" written on as "s", as people type ("gabs", "hats")', () => {
    expect(analyzeQuestion('wieviel geld gabs 1900').words.map((word) => word.text)).toEqual(['geld', '1900']);
    expect(analyzeQuestion('hats im Winter geschneit?').words.map((word) => word.text)).toEqual(['Winter', 'geschneit']);
    // A content word whose end is an "s" stays: "Kurs", "Haus" are no function word and "s".
    expect(analyzeQuestion('Wie steht der Kurs am Haus?').words.map((word) => word.text)).toEqual(['Kurs', 'Haus']);
  });

  it('does not search for what an English possessive or contraction leaves after the apostrophe', () => {
    expect(analyzeQuestion("What was Hamburg's population in 1900?").words.map((word) => word.text)).toEqual(['Hamburg', 'population', '1900']);
  });
});

describe('English phrases', () => {
  /** A dictionary that knows a phrase and each of its words. */
  const lexicon = {
    translate: (key: string) => ({ 'fire brigade': ['feuerwehr'], fire: ['feu', 'brand'], brigade: ['trupp', 'mannschaft'] })[key],
  };
  const read = (known: readonly string[]) =>
    analyzeQuestion('When did the fire brigade arrive?', lexicon, undefined, (key) => known.includes(key)).words.map((word) => [
      word.text,
      ...word.keys.slice(1),
    ]);

  it('reads a phrase as one where the articles use one of its translations whole', () => {
    expect(read(['feuerwehr', 'feu'])).toEqual([['fire brigade', 'feuerwehr'], ['arrive']]);
  });

  it('reads its words one by one, each with its own translations, where they use none', () => {
    expect(read(['feu', 'trupp'])).toEqual([['fire', 'feu', 'brand'], ['brigade', 'trupp', 'mannschaft'], ['arrive']]);
  });
});

describe('English abbreviations', () => {
  /** A dictionary that knows an abbreviation in capitals and a pronoun spelt alike. */
  const lexicon = { translate: (key: string) => ({ UI: ['vereinigt insel'], ui: ['benutzeroberflach'] })[key] };
  const keysOf = (question: string) => analyzeQuestion(question, lexicon).words.map((word) => [word.text, ...word.keys.slice(1)]);

  it('looks an abbreviation in capitals up as written', () => {
    expect(keysOf('Did the UI ban fishing?')).toContainEqual(['UI', 'vereinigt insel']);
  });

  it('looks the same letters in small letters, or in a question all in capitals, up as a word', () => {
    expect(keysOf('Did the ui ban fishing?')).toContainEqual(['ui', 'benutzeroberflach']);
    expect(keysOf('DID THE UI BAN FISHING?')).toContainEqual(['UI', 'benutzeroberflach']);
  });

  it('keeps an abbreviation that is also a function word when it translates, as a country "US" beside the pronoun "us"', () => {
    const countries = { translate: (key: string) => ({ US: ['usa'] })[key] };
    const words = (question: string) => analyzeQuestion(question, countries).words.map((word) => word.text);
    expect(words('Did the US ban fishing?')).toEqual(['US', 'ban', 'fishing']);
    expect(words('Can you tell us who banned fishing?')).toEqual(['banned', 'fishing']);
  });
});

describe('English function words', () => {
  it('are not searched for, from the Snowball list as German ones are', () => {
    expect(analyzeQuestion('What happened to the harbour during the storm, until the tide turned?').words.map((word) => word.text)).toEqual([
      'happened',
      'harbour',
      'storm',
      'tide',
      'turned',
    ]);
  });
});

describe('English typos', () => {
  /** A dictionary of a few words, and articles that use the German of some of them. */
  const dictionary: Record<string, string[]> = { council: ['rat'], counsel: ['anwalt'], government: ['regierung'], comet: ['komet'], sun: ['sonn'] };
  const lexicon = { translate: (key: string) => dictionary[key] };
  const articles = new Set(['rat', 'regierung']);
  const keysOf = (question: string) =>
    analyzeQuestion(question, lexicon, undefined, (key) => articles.has(key)).words.map((word) => [word.text, ...word.keys.slice(1)]);

  it('reads a word the dictionary lacks as the one word it knows one edit away', () => {
    expect(keysOf('What did the goverment decide?')).toContainEqual(['government', 'regierung']);
  });

  it('where it knows several, takes the one whose translation the articles use', () => {
    // "counsil" is one edit from "council" and from "counsel": only a council is in the articles.
    expect(keysOf('Who sat on the counsil?')).toContainEqual(['council', 'rat']);
  });

  it('leaves names, short words and words it cannot tell apart as written', () => {
    expect(keysOf('Where is Comet Harlow?').map(([text]) => text)).toEqual(['Comet', 'Harlow']);
    expect(keysOf('Was the snu out?').map(([text]) => text)).toEqual(['snu']);
    expect(analyzeQuestion('Who sat on the counsil?', lexicon, undefined, () => false).words.map((word) => word.text)).toEqual(['sat', 'counsil']);
  });
});
