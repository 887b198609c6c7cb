import { describe, expect, it } from 'vitest';
import { readSentence } from '../src/answer/chunks.ts';
import { pieceOptions } from '../src/answer/extractAnswer.ts';
import { SHAPE_WEIGHTS } from '../src/decision/weights.ts';
import type { SquadFile } from '../scripts/eval/squad.ts';
import { collectExamples } from '../scripts/train/collect.ts';
import { crossValidatedPickShare } from '../scripts/train/pieceWeights.ts';
import { foldsByArticle } from '../scripts/train/fit.ts';
import { fitShapeWeights, SHAPE_START } from '../scripts/train/shapeWeights.ts';

describe('pieceOptions under other shape weights', () => {
  it('works the pieces of a sentence it has read out again, not from what it kept', () => {
    const sentence = readSentence('Den Preis bekam die Malerin Anna Weber in Berlin.', (word) => word.toLowerCase(), {
      nameness: () => 0.8,
      writtenLower: () => false,
    });
    const asked = sentence.words.map((word) => word.key === 'preis' || word.key === 'bekam');
    const shapes = (person: number) =>
      pieceOptions(sentence, { type: 'person', plural: false, askedKind: false }, asked, { ...SHAPE_WEIGHTS, person }).map((option) => option.measures.shape);
    const usual = shapes(SHAPE_WEIGHTS.person);
    expect(usual.some((shape) => shape > 0)).toBe(true);
    expect(shapes(SHAPE_WEIGHTS.person / 2)).toEqual(usual.map((shape) => shape / 2));
  });
});

/** Four small articles, two folds: who, how many, when and where questions whose answers are in the sentences. */
const squad: SquadFile = {
  data: [
    [
      'Chor',
      'Den Kammerchor der Stadt leitet seit 2019 der Kantor Paul Berger. Er probt jeden Dienstag mit 40 Sängerinnen und Sängern.',
      [
        ['Wer leitet den Kammerchor?', 'Paul Berger'],
        ['Wie viele Sängerinnen und Sänger proben mit dem Chor?', '40'],
      ],
    ],
    [
      'Brücke',
      'Die neue Brücke über die Saale wurde im März 2021 von Bürgermeisterin Eva Lang eröffnet. Sie kostete 12 Millionen Euro.',
      [
        ['Wer eröffnete die neue Brücke?', 'Eva Lang'],
        ['Wie viel kostete die Brücke?', '12 Millionen Euro'],
      ],
    ],
    [
      'Museum',
      'Das Museum für Stadtgeschichte zeigt ab Juni Fotografien von Hanna Roth. Die Ausstellung läuft bis zum 3. Oktober im Westflügel.',
      [
        ['Wessen Fotografien zeigt das Museum?', 'Hanna Roth'],
        ['Bis wann läuft die Ausstellung?', '3. Oktober'],
      ],
    ],
    [
      'Markt',
      'Auf dem Marktplatz in Görlitz verkaufen am Samstag 25 Händler Obst und Gemüse. Organisiert wird der Markt vom Verein Grüne Stadt.',
      [
        ['Wie viele Händler verkaufen auf dem Marktplatz?', '25'],
        ['Wer organisiert den Markt?', 'Verein Grüne Stadt'],
      ],
    ],
  ].map(([title, context, questions], a) => ({
    title: title as string,
    paragraphs: [
      {
        context: context as string,
        qas: (questions as string[][]).map(([question, answer], q) => ({ id: `q${a}${q}`, question: question!, answers: [{ text: answer! }] })),
      },
    ],
  })),
};

describe('fitShapeWeights', () => {
  const examples = collectExamples(squad).filter((example) => example.answerable);
  const fit = fitShapeWeights(examples, 2);

  it('judges the picker searched alone as fitPieceWeights searches it: the same share out of fold', () => {
    expect(fit.baseline).toBe(crossValidatedPickShare(examples, foldsByArticle(examples, 2), 2));
  });

  it('takes the shape weights found only when they beat the picker searched alone out of fold', () => {
    expect(fit.adopted).toBe(fit.crossValidated > fit.baseline);
    expect(fit.shape).toEqual(fit.adopted ? fit.found : SHAPE_START);
  });

  it('starts from the shape weights the engine ships, unless training took others', () => {
    expect(Object.keys(fit.found)).toEqual(Object.keys(SHAPE_START));
    expect(Object.keys(SHAPE_WEIGHTS)).toEqual(Object.keys(SHAPE_START));
  });
});
