import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../src/engine.ts';
import { turnOf, type Turn } from '../src/question/followUp.ts';

let engine: Engine;

beforeAll(async () => {
  engine = createEngine(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
});

/** Asks the questions as one conversation and returns how each was read (undefined: as asked). */
function conversation(...questions: string[]): Array<string | undefined> {
  const turns: Turn[] = [];
  return questions.map((question) => {
    const answer = engine.ask(question, { turns });
    turns.push(turnOf(question, answer));
    return answer.resolvedQuestion;
  });
}

describe('follow-up questions in German', () => {
  it('reads "und 2025?" as the previous question with the year replaced', () => {
    expect(conversation('Wie viel Geld gab es 2024 für die Ukraine?', 'und 2025?')).toEqual([undefined, 'Wie viel Geld gab es 2025 für die Ukraine?']);
  });

  it('replaces a prepositional phrase, a noun phrase, and chains on the resolved question', () => {
    expect(
      conversation(
        'Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?',
        'und 2025?',
        'und für Deutschland?',
        'Und was ist mit die USA?',
      ),
    ).toEqual([
      undefined,
      'Wie viel Geld haben die NATO-Alliierten 2025 für die Ukraine bereitgestellt?',
      'Wie viel Geld haben die NATO-Alliierten 2025 für Deutschland bereitgestellt?',
      'Wie viel Geld haben die NATO-Alliierten 2025 für die USA bereitgestellt?',
    ]);
  });

  it('reads "und in Den Haag?" in place of the previous place', () => {
    expect(conversation('Was wurde in Brüssel erörtert?', 'und in Den Haag?')[1]).toBe('Was wurde in Den Haag erörtert?');
  });

  it('reads "und wann?" as the previous question asked with "wann"', () => {
    expect(conversation('Wo treffen sich die NATO-Außenminister?', 'und wann?')[1]).toBe('Wann treffen sich die NATO-Außenminister?');
  });

  it('puts the previous subject in for "er" and, in the dative, for "ihm"', () => {
    expect(conversation('Was sagte der NATO-Generalsekretär?', 'Wo hat er die Pressekonferenz gegeben?')[1]).toBe(
      'Wo hat der NATO-Generalsekretär die Pressekonferenz gegeben?',
    );
    expect(conversation('Was sagte der NATO-Generalsekretär?', 'Wer hat ihm gedankt?')[1]).toBe('Wer hat dem NATO-Generalsekretär gedankt?');
  });

  it('puts the person the previous reply led with in for "er" after a "wer" question', () => {
    expect(conversation('Wer ist der NATO-Generalsekretär?', 'Wo hat er die Pressekonferenz gegeben?')[1]).toBe(
      'Wo hat Mark Rutte die Pressekonferenz gegeben?',
    );
  });

  it('puts a name of the previous question in for "er"', () => {
    expect(conversation('Was sagte Rutte in Brüssel?', 'Wem dankte er?')[1]).toBe('Wem dankte Rutte?');
  });

  it('puts the place of the previous question, or of its answer, in for "dort"', () => {
    expect(conversation('Was wurde in Brüssel erörtert?', 'Wer war dort?')[1]).toBe('Wer war in Brüssel?');
    const [, resolved] = conversation('Wer ist der NATO-Generalsekretär?', 'Was geschah dort?');
    expect(resolved).toBe('Was geschah in Brüssel?');
  });

  it('puts the previous noun phrase with a neuter article in for "es"', () => {
    expect(conversation('Wo ist das Hauptquartier?', 'Und wer leitet es?')[1]).toBe('Und wer leitet das Hauptquartier?');
    expect(conversation('Wann findet das Treffen statt?', 'Wer hat es einberufen?')[1]).toBe('Wer hat das Treffen einberufen?');
  });

  it('leaves "es" alone where it refers to nothing, or to no neuter noun of the previous question', () => {
    expect(conversation('Wo ist das Hauptquartier?', 'Gibt es dort Soldaten?')[1]).toMatch(/^Gibt es in /);
    expect(conversation('Wo ist das Hauptquartier?', 'Wie viel Geld gab es 2024?')[1]).toBeUndefined();
    expect(conversation('Wo ist das Hauptquartier?', 'Worum handelt es sich bei der Initiative?')[1]).toBeUndefined();
    expect(conversation('Wer ist der NATO-Generalsekretär?', 'Wer leitet es?')[1]).toBeUndefined();
    expect(conversation('Where is the NATO headquarters?', 'Wer leitet es?')[1]).toBeUndefined();
  });

  it('reads "sie" after a plural verb, and "ihnen", as plural: the "die" phrase after a plural verb, or names joined by "und"', () => {
    expect(conversation('Was haben die Außenminister besprochen?', 'Wo trafen sie sich?')[1]).toBe('Wo trafen die Außenminister sich?');
    expect(conversation('Was haben die Außenminister besprochen?', 'Wer hat ihnen gedankt?')[1]).toBe('Wer hat den Außenminister gedankt?');
    expect(conversation('Was sagten Rutte und Trump?', 'Wo waren sie?')[1]).toBe('Wo waren Rutte und Trump?');
    // After a singular verb "sie" is feminine, and the "die" phrase before a singular verb is no plural.
    expect(conversation('Was sagte die Ukraine?', 'Was braucht sie?')[1]).toBe('Was braucht die Ukraine?');
    expect(conversation('Was sagte die Ukraine?', 'Wo trafen sie sich?')[1]).toBeUndefined();
    // The polite "Ihnen" refers to no one before.
    expect(conversation('Was haben die Außenminister besprochen?', 'Was kann ich Ihnen sagen?')[1]).toBeUndefined();
  });

  it('puts the previous short answer in for "das" standing alone', () => {
    const turns: Turn[] = [];
    const first = engine.ask('Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?');
    turns.push(turnOf('Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?', first));
    expect(first).toMatchObject({ span: true, answer: 'etwa 50 Milliarden Euro' });
    expect(engine.ask('Wofür war das?', { turns }).resolvedQuestion).toBe('Wofür war etwa 50 Milliarden Euro?');
  });
});

describe('follow-up questions in English', () => {
  it('reads "what about 2025?" as the previous question with the year replaced', () => {
    expect(conversation('How much money did NATO allies provide in 2024?', 'what about 2025?')[1]).toBe('How much money did NATO allies provide in 2025?');
  });

  it('puts the person the previous reply led with in for "he" after a "who" question', () => {
    expect(conversation('who is the nato secretary general', 'where did he give the press conference')[1]).toBe(
      'where did Mark Rutte give the press conference',
    );
  });

  it('puts the previous "the" phrase in for an object "it", not for a subject "it" after an auxiliary', () => {
    expect(conversation('Where is the NATO headquarters?', 'Who leads it?')[1]).toBe('Who leads the NATO headquarters?');
    expect(conversation('Where is the NATO headquarters?', 'Is it true that Rutte spoke in Brussels?')[1]).toBeUndefined();
    expect(conversation('Where is the NATO headquarters?', 'How long did it take?')[1]).toBeUndefined();
  });

  it('puts names joined by "and", or the previous "the" phrase with a plural noun, in for "they" and "them"', () => {
    expect(conversation('What did the foreign ministers discuss?', 'Where did they meet?')[1]).toBe('Where did the foreign ministers meet?');
    expect(conversation('What did the foreign ministers discuss?', 'Who did Rutte meet with them?')[1]).toBe('Who did Rutte meet with the foreign ministers?');
    // Not for a singular noun, nor for a name.
    expect(conversation('What did the secretary general say?', 'Where did they meet?')[1]).toBeUndefined();
    expect(conversation('What did Rutte say?', 'Where did they meet?')[1]).toBeUndefined();
    expect(conversation('What did Rutte and Trump say?', 'Where did they meet?')[1]).toBe('Where did Rutte and Trump meet?');
  });

  it('takes the subject of a "did" question without the verb after it for "he"', () => {
    expect(conversation('what did the nato secretary general say', 'where did he speak')[1]).toBe('where did the nato secretary general speak');
    expect(conversation('what can the nato secretary general do', 'what did he do')[1]).toBe('what did the nato secretary general do');
  });
});

describe('questions that stand on their own', () => {
  const standalone = [
    'Wer ist der NATO-Generalsekretär?',
    'Haben die USA die Militärhilfe gekürzt?',
    'Was sagte Rutte, als er in Brüssel war?',
    'Was ist das Ziel des Gipfels?',
    'Und wer ist der Präsident der Ukraine?',
    'Wo findet der NATO-Gipfel statt?',
    'Is there a summit in June?',
    'Where is the NATO headquarters?',
    'Können Sie mir sagen, wer Rutte ist?',
    'Pressekonferenz?',
  ];

  it.each(standalone)('reads %j as asked after a previous turn', (question) => {
    expect(conversation('Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?', question)[1]).toBeUndefined();
  });

  it('answers no question whose only word is a verb beside a pronoun it cannot resolve, but shows where to look', () => {
    for (const question of ['Wer leitet es?', 'Wann starb er?', 'Who leads it?']) {
      const reply = engine.ask(question, { turns: [] });
      expect(reply, question).toMatchObject({ answered: false, reason: 'unsure' });
      expect(reply.suggestions.length, question).toBeGreaterThan(0);
    }
    // A placeholder "es" and a question that names what it asks about are answered as before.
    expect(engine.ask('Wie viel Geld gab es 2024?')).toMatchObject({ answered: true });
    expect(engine.ask('Was sagte Rutte, als er in Brüssel war?')).toMatchObject({ answered: true });
  });

  it('reads a follow-up as asked when there is no turn before it', () => {
    expect(engine.ask('und 2025?', { turns: [] }).resolvedQuestion).toBeUndefined();
    expect(engine.ask('Wo hat er die Pressekonferenz gegeben?').resolvedQuestion).toBeUndefined();
  });

  it('answers a question without context exactly as with an empty context, and the same twice', () => {
    const previous = engine.ask('Wer ist der NATO-Generalsekretär?');
    const turns = [turnOf('Wer ist der NATO-Generalsekretär?', previous)];
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (question) => {
        expect(engine.ask(question, { turns: [] })).toEqual(engine.ask(question));
        expect(engine.ask(question, { turns })).toEqual(engine.ask(question, { turns }));
      }),
      { numRuns: 150 },
    );
  });
});
