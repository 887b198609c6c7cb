import { describe, expect, it } from 'vitest';
import { asksForExtent, asksForQuantity } from '../src/answer/questionType.ts';
import { engineOverText } from './helpers/textEngine.ts';

/** An article written for these tests: a height and a duration, and a person whose age it does not give. */
const engine = engineOverText('turm.txt', 'Die Stadt und ihr Turm', [
  'Der Bürgermeister Hans Kohl eröffnete den neuen Turm am Markt. Der Turm ist 120 Meter hoch und wurde in drei Jahren gebaut.',
  'Kohl ist seit 2019 im Amt und lobte die Bauarbeiter.',
  'Hans Kohl ist der älteste Bürgermeister, den die Stadt je hatte.',
]);

describe('a question that asks for a measure or a time', () => {
  it('is one that opens with "wie" or "how" and an adjective of measure, with "wann" or "when", or asks which year', () => {
    for (const question of [
      'Wie alt ist Hans Kohl?',
      'Wie lange wurde gebaut?',
      'How tall is the tower?',
      'How long did it take?',
      'Wann wurde der Turm eröffnet?',
      'Seit wann ist Kohl im Amt?',
      'In welchem Jahr wurde der Turm gebaut?',
      'In what year was the tower built?',
    ]) {
      expect(asksForQuantity(question), question).toBe(true);
    }
    // "wie viele" may be answered by "keiner"; a measure asked inside the question is not what it opens with.
    for (const question of [
      'Wie viele Türme gibt es?',
      'Wer hat den Turm gebaut?',
      'Mit welcher Metrik wird bestimmt, wie groß ein Flughafen ist?',
      'Wie und wann kam die Pest nach Europa?',
    ]) {
      expect(asksForQuantity(question), question).toBe(false);
    }
  });

  it('is answered by a sentence that holds a quantity', () => {
    for (const question of ['Wie hoch ist der Turm?', 'How tall is the tower?', 'Wie lange wurde am Turm gebaut?']) {
      expect(engine.ask(question), question).toMatchObject({ answered: true, passage: expect.stringContaining('120 Meter') });
    }
    expect(engine.ask('Seit wann ist Kohl im Amt?')).toMatchObject({ answered: true, passage: expect.stringContaining('2019') });
  });

  it('is not answered by a sentence without one, however well it matches the rest: its confidence is 0', () => {
    for (const question of ['Wie alt ist Hans Kohl?', 'How old is Hans Kohl?', 'Wann eröffnete Hans Kohl den Turm?']) {
      expect(engine.ask(question), question).toMatchObject({ answered: false, reason: 'unsure', score: 0 });
    }
  });
});

describe('a question that asks for an extent (a length, a duration, an age, a frequency)', () => {
  const bridge = engineOverText('bruecke.txt', 'Die neue Brücke', [
    'Die Gemeinde ließ über 40 Millionen Euro verbauen, ehe die Brücke nach 30 Monaten fertig war.',
    'Der Steg daneben war für 2 Millionen € in 20 Wochen gebaut.',
  ]);
  const pieces = (question: string) => bridge.read(question)!.candidates[0]!.options.map((option) => option.text());

  it('is one that asks "wie lange", "wie alt", "wie oft", "how long", "how far" …; not "wie hoch", "wie viel" or "how much"', () => {
    for (const question of ['Wie lange wurde gebaut?', 'Wie alt ist die Brücke?', 'Wie oft fährt die Fähre?', 'How long did it take?', 'How far is it?']) {
      expect(asksForExtent(question), question).toBe(true);
    }
    for (const question of ['Wie hoch waren die Kosten?', 'Wie viel kostete die Brücke?', 'How much did it cost?', 'Wann wurde gebaut?']) {
      expect(asksForExtent(question), question).toBe(false);
    }
  });

  it('is not answered by a sum of money: a currency the dictionary files as one, or a currency sign', () => {
    expect(pieces('Wie lange wurde an der Brücke gebaut?')).not.toContainEqual(expect.stringContaining('Euro'));
    expect(pieces('Wie lange wurde an der Brücke gebaut?')).toContainEqual(expect.stringContaining('30 Monaten'));
    expect(pieces('Wie lange wurde am Steg gebaut?')).not.toContainEqual(expect.stringContaining('€'));
    expect(bridge.ask('Wie lange wurde an der Brücke gebaut?').answer).not.toContain('Euro');
  });

  it('leaves sums of money to the questions that may ask for them', () => {
    expect(pieces('Wie viel Geld ließ die Gemeinde für die Brücke verbauen?')).toContainEqual(expect.stringContaining('40 Millionen Euro'));
  });
});
