import { describe, expect, it } from 'vitest';
import { readSentence } from '../src/answer/chunks.ts';
import { extractAnswer } from '../src/answer/extractAnswer.ts';
import { detectQuestionType, type QuestionType } from '../src/answer/questionType.ts';

/** Reads a sentence with plain lower-case keys and every capitalised word as likely a name. */
function answer(sentence: string, type: QuestionType, askedWords: string[]): string {
  const asked = new Set(askedWords);
  return extractAnswer(readSentence(sentence, (word) => word.toLowerCase(), () => 0.8), type, (key) => asked.has(key)).text;
}

describe('extractAnswer', () => {
  it('keeps a genitive or "von" phrase with the noun it belongs to', () => {
    expect(answer('Im Jahr 2000 gewann die Universität die Auszeichnung der Sunday Times.', 'thing', ['jahr', '2000', 'gewann', 'universität'])).toBe('Auszeichnung der Sunday Times');
    expect(answer('Der König erließ 1685 das Edikt von Fontainebleau.', 'which', ['könig', 'erließ', '1685'])).toBe('Edikt von Fontainebleau');
  });

  it('does not take a following "der" with a nominative adjective as a genitive', () => {
    expect(answer('Nach Saudi-Arabien war Iran der zweitgrößte Produzent.', 'person', ['saudi', 'arabien', 'produzent'])).toBe('Iran');
  });

  it('prefers the piece in the same clause as the words the question asked about', () => {
    expect(answer('Laut Edison, der das bestritt, erhielt Tesla 1915 die Nominierung.', 'person', ['1915', 'nominierung', 'erhielt'])).toBe('Tesla');
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
