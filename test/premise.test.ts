import { describe, expect, it } from 'vitest';
import { engineOverText } from './helpers/textEngine.ts';

/** An article written for these tests: a place, a month, a year and an amount to get wrong. */
const engine = engineOverText('gipfel.txt', 'Gipfeltreffen der Außenminister', [
  'Der Gipfel der Außenminister findet im Mai in Lissabon statt. Die Minister beraten dort über den Haushalt des Bündnisses.',
  'Im Jahr 2023 gab die Stadt Lissabon 40 Millionen Euro für neue Schulen aus. Der Bürgermeister lobte die Ausgaben.',
]);

describe('a question whose premise the article does not hold', () => {
  it('gets no yes when it names a month, a place or a year other than the sentence', () => {
    for (const question of [
      'Findet der Gipfel der Außenminister im Juni statt?',
      'Wird der Gipfel der Außenminister im Juni stattfinden?',
      'Hat die Stadt Madrid 40 Millionen Euro für Schulen ausgegeben?',
    ]) {
      expect(engine.ask(question), question).toMatchObject({ answered: false, reason: 'unsure' });
    }
  });

  it('still gets yes where the sentence holds all it names', () => {
    expect(engine.ask('Findet der Gipfel der Außenminister im Mai statt?')).toMatchObject({ answered: true, answer: 'Ja', span: true });
    expect(engine.ask('Hat die Stadt Lissabon 40 Millionen Euro für Schulen ausgegeben?')).toMatchObject({ answered: true, answer: 'Ja' });
  });

  it('is told what the closest passage names instead: the month, the place after the same preposition, the year', () => {
    expect(engine.ask('Findet der Gipfel der Außenminister im Juni statt?').answer).toBe(
      'Ich bin nicht sicher: Die nächsten Stellen erwähnen „Juni“ nicht; die erste nennt „Mai“.',
    );
    expect(engine.ask('Findet der Gipfel der Außenminister in Madrid statt?').answer).toBe(
      'Ich bin nicht sicher: Die nächsten Stellen erwähnen „Madrid“ nicht; die erste nennt „Lissabon“.',
    );
    expect(engine.ask('Wie viel gab die Stadt Lissabon 2024 für Schulen aus?').answer).toBe(
      'Ich bin nicht sicher: Die nächsten Stellen erwähnen „2024“ nicht; die erste nennt „2023“.',
    );
    expect(engine.ask('How much did the city spend on schools in 2024?').answer).toBe(
      'I am not sure: the closest passages do not mention “2024”; the first names “2023”.',
    );
  });

  it('names nothing instead where the passage has nothing of the kind in that place', () => {
    // "Madrid" stands after no place preposition here, and the sentence names no other city after "Stadt".
    expect(engine.ask('Hat die Stadt Madrid 40 Millionen Euro für Schulen ausgegeben?').answer).toBe(
      'Ich bin nicht sicher: Die nächsten Stellen erwähnen „Madrid“ nicht.',
    );
  });
});
