import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.ts';
import { correctQuestionWord, withinOneEdit } from '../src/question/questionWordTypos.ts';

const nothingKnown = () => false;

describe('withinOneEdit', () => {
  it('takes a letter added, dropped, changed, or two neighbours swapped', () => {
    expect(withinOneEdit('wiviel', 'wieviel')).toBe(true);
    expect(withinOneEdit('wieeviel', 'wieviel')).toBe(true);
    expect(withinOneEdit('warun', 'warum')).toBe(true);
    expect(withinOneEdit('waht', 'what')).toBe(true);
    expect(withinOneEdit('warum', 'warum')).toBe(true);
  });

  it('refuses two edits', () => {
    expect(withinOneEdit('wiveil', 'wieviel')).toBe(false);
    expect(withinOneEdit('wrau', 'warum')).toBe(false);
    expect(withinOneEdit('welt', 'welches')).toBe(false);
  });
});

describe('correctQuestionWord', () => {
  it('corrects a misspelt question word that opens the question, keeping its capital', () => {
    expect(correctQuestionWord('Wiviel Einwohner hat Musterstadt?', nothingKnown)).toBe('Wieviel Einwohner hat Musterstadt?');
    expect(correctQuestionWord('warun schließt das Werk?', nothingKnown)).toBe('warum schließt das Werk?');
    expect(correctQuestionWord('Waht did the council decide?', nothingKnown)).toBe('What did the council decide?');
  });

  it('leaves known words, function words, short words and later words alone', () => {
    expect(correctQuestionWord('Wiese am Fluss?', (word) => word === 'wiese')).toBe('Wiese am Fluss?');
    expect(correctQuestionWord('Wiese am Fluss?', nothingKnown)).toBe('Wieso am Fluss?');
    expect(correctQuestionWord('Wenn es regnet?', nothingKnown)).toBe('Wenn es regnet?');
    expect(correctQuestionWord('Wan kommt der Zug?', nothingKnown)).toBe('Wan kommt der Zug?');
    expect(correctQuestionWord('Und wiviel kostet es?', nothingKnown)).toBe('Und wiviel kostet es?');
  });

  it('leaves a word one edit from two question words alone', () => {
    // "wher": "where" with a letter dropped, or "when" with one changed.
    expect(correctQuestionWord('Wher is the town hall?', nothingKnown)).toBe('Wher is the town hall?');
  });
});

describe('the engine with a misspelt question word', () => {
  const engine = createEngine({
    articles: [
      {
        id: 'stadt',
        title: 'Musterstadt wächst',
        paragraphs: ['Musterstadt hat inzwischen 120.000 Einwohner, teilte das Rathaus mit.', 'Die Wiese am Fluss wird ein Park, sagte der Bürgermeister.'],
      },
    ],
  });

  it('reads the question for the kind of answer it asks, and does not search the typo', () => {
    const reading = engine.read('Wiviel Einwohner hat Musterstadt?');
    expect(reading?.question.type).toBe('amount');
    expect(reading?.question.words.map((word) => word.text)).toEqual(['Einwohner', 'Musterstadt']);
  });

  it('leaves a word of the articles alone, though it is one edit from a question word', () => {
    const reading = engine.read('Wiese am Fluss?');
    expect(reading?.question.type).not.toBe('reason');
    expect(reading?.question.words.map((word) => word.text)).toEqual(['Wiese', 'Fluss']);
  });
});
