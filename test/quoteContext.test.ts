import { describe, expect, it } from 'vitest';
import { formatConsoleAnswer, formatJsonAnswer } from '../adapters/console/format.ts';
import { formatDiscordAnswer } from '../adapters/discord/format.ts';
import { formatSlackAnswer } from '../adapters/slack/format.ts';
import { decodeSuggestionValue } from '../adapters/slack/actions.ts';
import { FITTED_MODEL } from '../src/decision/weights.ts';
import { createEngine } from '../src/engine.ts';
import { opensWithPronoun, refersBack } from '../src/text/anaphors.ts';
import { tokenize } from '../src/text/tokenize.ts';
import type { Answer } from '../src/types.ts';

const BUILT = 'Die Gemeinde Lindenau baute im Jahr 1990 eine Brücke über die Saale.';
const COST = 'Sie kostete damals fünf Millionen Mark.';
const OPENED = 'Der Bürgermeister eröffnete die Brücke im Mai.';

describe('a sentence that points back is quoted with the one before it', () => {
  it('points back by a third-person pronoun, a demonstrative or a da(r)-adverb; not by "es" or a plain noun phrase', () => {
    const refers = (sentence: string) => refersBack(tokenize(sentence));
    expect(refers('Mit 39 Jahren ist er der älteste Spieler.')).toBe(true);
    expect(refers('Dieser Vertrag gilt bis 2030.')).toBe(true);
    expect(refers('Darüber wurde lange gestritten.')).toBe(true);
    expect(refers('They signed it in May.')).toBe(true);
    expect(refers('Es gibt keine neuen Pläne.')).toBe(false);
    expect(refers('Der Rat tagte im Mai in Lindenau.')).toBe(false);
    const opens = (sentence: string) => opensWithPronoun(tokenize(sentence).map((word) => word.text.toLowerCase()));
    expect(opens('Er lobte die Arbeiter.')).toBe(true);
    expect(opens('They signed it in May.')).toBe(true);
    expect(opens('Diese Ankündigung kam im Mai.')).toBe(false);
    expect(opens('Im Mai lobte er die Arbeiter.')).toBe(false);
  });

  // Thresholds at 0 and no span: every question is answered with the sentence the model believes in most.
  const engine = createEngine(
    { articles: [{ id: 'bruecke', title: 'Brücke', paragraphs: [`${BUILT} ${COST}`, OPENED] }] },
    { model: { ...FITTED_MODEL, thresholds: { answer: { de: 0, en: 0 }, unsure: 0, span: 2 } } },
  );

  it('carries the sentence before as context; a paragraph that does not point back takes none from the one before', () => {
    expect(engine.ask('Wie viel kostete die Brücke damals?')).toMatchObject({ answered: true, passage: COST, context: BUILT });
    expect(engine.ask('Wann baute Lindenau die Brücke?')).toMatchObject({ passage: BUILT });
    expect(engine.ask('Wann baute Lindenau die Brücke?').context).toBeUndefined();
    expect(engine.ask('Wer eröffnete die Brücke im Mai?').context).toBeUndefined();
  });

  it('takes it from the paragraph before when a paragraph opens with a personal pronoun, within one article', () => {
    const MAYOR = 'Die Bürgermeisterin Anna Weber eröffnete im Mai die neue Brücke.';
    const PRAISED = 'Sie lobte die Arbeiter der Baufirma Kranich.';
    const article = (id: string, paragraphs: string[]) => ({ id, title: id, paragraphs });
    const running = createEngine({ articles: [article('bruecke', [MAYOR, PRAISED])] });
    // The name the question asks with stands in the paragraph before: it is no missing constraint there.
    expect(running.read('Wen lobte Anna Weber?')!.candidates.find((c) => c.ranked.passage === 1)).toMatchObject({ context: 0, missing: [] });
    // Another article's last paragraph is not the one before.
    const apart = createEngine({ articles: [article('a', [MAYOR]), article('b', [PRAISED])] });
    expect(apart.read('Wen lobte Anna Weber?')!.candidates.find((c) => c.ranked.passage === 1)).toMatchObject({
      missing: [
        { word: 'Anna', kind: 'name' },
        { word: 'Weber', kind: 'name' },
      ],
    });
    expect(apart.read('Wen lobte Anna Weber?')!.candidates.find((c) => c.ranked.passage === 1)!.context).toBeUndefined();
  });

  it('offers it with a suggestion too', () => {
    const unsure = createEngine(
      { articles: [{ id: 'bruecke', title: 'Brücke', paragraphs: [`${BUILT} ${COST}`, OPENED] }] },
      { model: { ...FITTED_MODEL, thresholds: { answer: { de: 2, en: 2 }, unsure: 0, span: 2 } } },
    ).ask('Wie viel kostete die Brücke damals?');
    expect(unsure.reason).toBe('unsure');
    expect(unsure.suggestions).toContainEqual(expect.objectContaining({ passage: COST, context: BUILT }));
  });

  const reply: Answer = {
    answered: true,
    answer: 'fünf Millionen Mark',
    span: true,
    passage: COST,
    context: BUILT,
    source: { articleId: 'bruecke', title: 'Brücke', paragraph: 1, sentence: 2 },
    score: 0.9,
    language: 'de',
    reason: 'answered',
    suggestions: [],
  };
  const unsure: Answer = {
    ...reply,
    answered: false,
    answer: 'Ich bin nicht sicher. Am nächsten kommen diese Stellen:',
    span: false,
    passage: null,
    source: null,
    reason: 'unsure',
    suggestions: [{ passage: COST, context: BUILT, source: reply.source! }],
  };

  it('console and --json: the quote opens with the sentence before; the JSON line carries it as context', () => {
    expect(formatConsoleAnswer(reply).split('\n')[1]).toBe(`  „${BUILT} ${COST}“`);
    expect(formatConsoleAnswer(unsure).split('\n')[1]).toBe(`  1. „${BUILT} ${COST}“`);
    expect(JSON.parse(formatJsonAnswer('Wie viel?', reply))).toMatchObject({ passage: COST, context: BUILT });
    expect(JSON.parse(formatJsonAnswer('Wie viel?', { ...reply, context: undefined }))).not.toHaveProperty('context');
  });

  it('Discord and Slack: the quote opens with the sentence before, for answers, suggestions and their buttons', () => {
    expect(formatDiscordAnswer(reply).embeds[0]!.description).toBe(`> ${BUILT} ${COST}`);
    expect(formatDiscordAnswer(unsure).embeds[0]!.description).toContain(`**1.** ${BUILT} ${COST}`);
    const slack = formatSlackAnswer(reply, { question: 'Wie viel?' });
    expect(slack.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `> ${BUILT} ${COST}` } });
    const button = formatSlackAnswer(unsure, { question: 'Wie viel?' }).blocks.flatMap((block) =>
      block.type === 'actions' && block.block_id === 'suggestion_actions' ? block.elements : [],
    )[0] as { value: string };
    expect(decodeSuggestionValue(button.value)?.passage).toBe(`${BUILT} ${COST}`);
  });
});
