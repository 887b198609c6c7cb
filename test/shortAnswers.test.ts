import { describe, expect, it } from 'vitest';
import { readSentence } from '../src/answer/chunks.ts';
import type { NameReader } from '../src/answer/nameStats.ts';
import { extractAnswer, linearPieceScorer, pickPiece, pieceOptions, type PieceOption } from '../src/answer/extractAnswer.ts';
import { FITTED_MODEL, SHAPE_WEIGHTS } from '../src/decision/weights.ts';
import { asksForSeveral, detectQuestionType, type QuestionType } from '../src/answer/questionType.ts';

/** Reads a sentence with plain lower-case keys and every capitalised word as likely a name, unless `names` says otherwise. */
function answer(
  sentence: string,
  type: QuestionType,
  askedWords: string[],
  names: NameReader = { nameness: () => 0.8, writtenLower: () => false },
  plural = false,
): string {
  const asked = new Set(askedWords);
  return extractAnswer(
    readSentence(sentence, (word) => word.toLowerCase(), names),
    { type, plural, askedKind: false },
    (key) => asked.has(key),
    pickByModel,
    SHAPE_WEIGHTS,
  ).text;
}

/** The pieces the picker chooses from, read as `answer` reads them. */
function options(
  sentence: string,
  type: QuestionType,
  askedWords: string[],
  names: NameReader = { nameness: () => 0.8, writtenLower: () => false },
): PieceOption[] {
  const asked = new Set(askedWords);
  const read = readSentence(sentence, (word) => word.toLowerCase(), names);
  return pieceOptions(
    read,
    { type, plural: false, askedKind: false },
    read.words.map((word) => asked.has(word.key)),
    SHAPE_WEIGHTS,
  );
}

/** The picker the engine ships: the fitted piece weights. */
const pickByModel = linearPieceScorer(FITTED_MODEL.piece);

/**
 * Name-likeness as the articles teach it: common nouns follow determiners (0.2), a name seen
 * once is undecided (0.5), an adjective is also written in lower case.
 */
function learnt(commonNouns: string[], adjectives: string[] = []): NameReader {
  const common = new Set(commonNouns);
  const lower = new Set(adjectives);
  return { nameness: (word) => (lower.has(word) ? 0.1 : common.has(word) ? 0.2 : 0.5), writtenLower: (word) => lower.has(word) };
}

describe('a person asked for', () => {
  /** The shape fit, for a "Wer …?" question, of each piece of a sentence, with `nouns` the lexicon's common nouns (lower-case keys). */
  const shapes = (sentence: string, nouns: string[], type: QuestionType = 'person') => {
    const known = new Set(nouns);
    const read = readSentence(
      sentence,
      (word) => word.toLowerCase(),
      { nameness: () => 0.5, writtenLower: () => false },
      (key) => known.has(key),
    );
    const fits = pieceOptions(
      read,
      { type, plural: false, askedKind: false },
      read.words.map(() => false),
      SHAPE_WEIGHTS,
    ).map((option) => [option.text(), option.measures.shape] as const);
    return Object.fromEntries(fits);
  };

  it('is less likely a word the lexicon knows as a common noun, or a compound ending in one, than a name', () => {
    const sentence = 'Okafor schlug Titelverteidiger Lindqvist, Pokal-Sieger Meyer und Schiedsrichter.';
    const without = shapes(sentence, []);
    const lexicon = shapes(sentence, ['sieger', 'schiedsrichter']);
    expect(lexicon['Schiedsrichter']).toBeLessThan(without['Schiedsrichter']!);
    expect(lexicon['Pokal-Sieger Meyer']).toBeLessThan(without['Pokal-Sieger Meyer']!);
    expect(lexicon['Meyer']).toBe(without['Meyer']);
    expect(lexicon['Okafor']).toBe(without['Okafor']);
  });

  it('while a place may be named by a common noun', () => {
    const sentence = 'Sie trafen sich am Hafen, dann in Kiel.';
    expect(shapes(sentence, ['hafen'], 'place')).toEqual(shapes(sentence, [], 'place'));
  });
});

describe('extractAnswer', () => {
  it('keeps a genitive or "von" phrase with the noun it belongs to', () => {
    const award = options(
      'Sie gewann im Jahr 2000 die begehrte Auszeichnung der Sunday Times für die beste Universität des Jahres.',
      'thing',
      ['gewann', 'jahr', 'jahres', '2000', 'universität'],
      learnt(['Jahr', 'Jahres', 'Universität', 'Auszeichnung']),
    );
    expect(award.map((option) => option.text())).toContain('begehrte Auszeichnung der Sunday Times');
    expect(answer('Der König erließ 1685 das Edikt von Fontainebleau.', 'which', ['könig', 'erließ', '1685'])).toBe('Edikt von Fontainebleau');
  });

  // Known failure: the fitted picker weighs the name inside the genitive above the phrase that holds it.
  it.fails('answers with the noun and its genitive rather than the name inside it', () => {
    expect(
      answer(
        'Sie gewann im Jahr 2000 die begehrte Auszeichnung der Sunday Times für die beste Universität des Jahres.',
        'thing',
        ['gewann', 'jahr', 'jahres', '2000', 'universität'],
        learnt(['Jahr', 'Jahres', 'Universität', 'Auszeichnung']),
      ),
    ).toBe('begehrte Auszeichnung der Sunday Times');
  });

  it('does not take a following "der" with a nominative adjective as a genitive', () => {
    expect(answer('Nach Saudi-Arabien war Iran der zweitgrößte Produzent.', 'person', ['saudi', 'arabien', 'produzent'])).toBe('Iran');
  });

  it('answers with the whole name, not its last word', () => {
    expect(answer('Die Broncos besiegten die Pittsburgh Steelers in der Divisional Round.', 'person', ['broncos', 'besiegten', 'divisional', 'round'])).toBe(
      'Pittsburgh Steelers',
    );
  });

  it('answers with the name, not the title before it', () => {
    const nameness = learnt(['Oscar', 'Gewinnerin', 'Hymne']);
    expect(answer('Die Oscar-Gewinnerin Marlee Matlin übersetzte die Hymne.', 'person', ['übersetzte', 'hymne'], nameness)).toBe('Marlee Matlin');
    expect(answer('Die Gespräche leitet der ehemalige Präsident Donald Trump.', 'person', ['gespräche', 'leitet'], learnt(['Gespräche', 'Präsident']))).toBe(
      'Donald Trump',
    );
  });

  it('counts a piece in the same clause as the words the question asked about as nearer', () => {
    const people = options('Laut Edison, der das bestritt, erhielt Tesla 1915 die Nominierung.', 'person', ['1915', 'nominierung', 'erhielt']);
    const nearness = (text: string) => people.find((option) => option.text() === text)!.measures.closeness;
    expect(nearness('Tesla')).toBeGreaterThan(nearness('Edison'));
  });

  // Known failure: the fitted picker weighs nearness less than the name that opens the sentence.
  it.fails('prefers the piece in the same clause as the words the question asked about', () => {
    expect(answer('Laut Edison, der das bestritt, erhielt Tesla 1915 die Nominierung.', 'person', ['1915', 'nominierung', 'erhielt'])).toBe('Tesla');
  });
  it('takes a phrase in brackets whole, with its adjective', () => {
    expect(
      answer(
        'Eine Dampfturbine besteht aus mehreren Rotoren (rotierende Scheiben), die auf einer Welle sitzen.',
        'thing',
        ['rotoren', 'bezeichnung'],
        learnt(['Dampfturbine', 'Rotoren', 'Scheiben', 'Welle']),
      ),
    ).toBe('rotierende Scheiben');
  });

  it('keeps a capitalised adjective with its noun, not as the start of a name', () => {
    const names = learnt(['Frage', 'Gerichtshof'], ['Europäische']);
    expect(answer('Dem widersprach in dieser Frage der Europäische Gerichtshof.', 'which', ['widersprach', 'frage'], names)).toBe('Europäische Gerichtshof');
  });

  it('judges a name by its name-like words, not by a capitalised adjective before them', () => {
    const names = {
      nameness: (word: string) => (word === 'Europäische' ? 0.1 : word === 'Kommission' ? 0.7 : 0.2),
      writtenLower: (word: string) => word === 'Europäische',
    };
    expect(answer('Der Vertrag brachte ein Vetorecht für Europäische Kommission.', 'which', ['vertrag', 'vetorecht'], names)).toBe('Europäische Kommission');
  });

  it('answers "Welche Art von Heizelement …?" with the word that qualifies it', () => {
    const sentence = readSentence(
      'Bei Spielzeugdampfmaschinen kann die Wärmequelle ein elektrisches Heizelement sein.',
      (word) => word.toLowerCase(),
      learnt(['Wärmequelle', 'Heizelement']),
    );
    const asked = new Set(['spielzeugdampfmaschinen', 'heizelement']);
    expect(
      extractAnswer(sentence, { type: 'which', focus: 'heizelement', plural: false, askedKind: true }, (key) => asked.has(key), pickByModel, SHAPE_WEIGHTS)
        .text,
    ).toBe('elektrisches');
  });

  it('answers a question that expects several things with the whole list', () => {
    const nameness = learnt(['Flug', 'Besatzung']);
    expect(answer('Die Besatzung bildeten Grissom, White und Chaffee nach dem ersten Flug.', 'person', ['besatzung', 'bildeten'], nameness, true)).toBe(
      'Grissom, White und Chaffee',
    );
  });

  it('takes both ends of a range of amounts, but not a span of years as an amount', () => {
    expect(answer('Die Förderung dauert in neuen Gebieten fünf bis zehn Jahre.', 'amount', ['förderung', 'gebieten', 'dauert'])).toBe('fünf bis zehn Jahre');
    expect(answer('Zwischen 1991 und 2000 verlor das Gebiet 587.000 Quadratkilometer Wald.', 'amount', ['1991', 'gebiet', 'verlor', 'quadratkilometer'])).toBe(
      '587.000 Quadratkilometer',
    );
  });
});

describe('asksForSeveral', () => {
  it.each([
    ['Welche beiden Verträge schufen die Union?', true],
    ['Welche Länder sind vertreten?', true],
    ['Welche Partei regiert in Melbourne?', false],
  ] as const)('reads "%s" as expecting several: %s', (question, several) => {
    expect(asksForSeveral(question)).toBe(several);
  });
});

describe('detectQuestionType', () => {
  it.each([
    ['Wer ist der NATO-Generalsekretär?', 'person'],
    ['Wann beginnt der Gipfel?', 'time'],
    ['Wie viel Geld haben die Alliierten bereitgestellt?', 'amount'],
    ['Was ist die ungefähre Verflüssigungstemperatur einer Turbine?', 'amount'],
    ['What was the average household size?', 'amount'],
    ['Was ist die Hauptstadt?', 'thing'],
    ['Welche Minister trafen sich?', 'which'],
  ] as const)('reads "%s" as asking for %s', (question, type) => {
    expect(detectQuestionType(question)).toBe(type);
  });
});

describe('short amounts', () => {
  it('keep their degree sign', () => {
    expect(answer('Die Temperatur liegt bei etwa 30 °C.', 'amount', ['temperatur'])).toBe('etwa 30 °C');
  });
});

describe('the picked piece against its rivals', () => {
  /** A piece over words `from..to` whose picking score is `shape` (the scorer below reads shape alone). */
  const piece = (from: number, to: number, shape: number): PieceOption => ({
    measures: { shape, closeness: 0, repeated: 0, unit: 0, extraWords: 0, typed: 0 },
    fit: shape / 2,
    words: to - from + 1,
    nameness: 0,
    from,
    to,
    text: () => `${from}-${to}`,
  });
  const byShape = linearPieceScorer({ shape: 1 });

  it('leads only over pieces that share no word with it: a part of it, or itself found twice, gives the same answer', () => {
    const picked = pickPiece('…', [piece(0, 2, 2), piece(1, 2, 1.9), piece(0, 2, 2), piece(4, 4, 1.5), piece(6, 7, 0.5)], byShape);
    expect(picked.text).toBe('0-2');
    expect(picked.piece).toMatchObject({ margin: 0.5, rivals: 3, equals: 0 });
  });

  it('leads by its own score when every other piece overlaps it', () => {
    expect(pickPiece('…', [piece(0, 2, 2), piece(1, 1, 1.8)], byShape).piece).toMatchObject({ margin: 2, rivals: 1 });
  });
});
