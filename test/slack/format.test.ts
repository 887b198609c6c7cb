import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSuggestionValue, ACTION_IDS, BUTTON_VALUE_MAX, decodeFeedbackValue, encodeFeedbackValue } from '../../adapters/slack/actions.ts';
import { BLOCKS_MAX, formatSlackAnswer, formatSlackPassage, SECTION_TEXT_MAX, type SlackMessage } from '../../adapters/slack/format.ts';
import type { Answer } from '../../src/types.ts';

const RUTTE: Answer = {
  answered: true,
  answer: 'Mark Rutte',
  passage: 'Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.',
  source: { articleId: 'article.de', title: 'NATO-Alliierten verpflichten sich', paragraph: 4, sentence: 1 },
  span: true,
  score: 0.873,
  language: 'de',
  reason: 'answered',
  suggestions: [],
};

const NOT_FOUND: Answer = {
  answered: false,
  answer: 'The article does not say.',
  span: false,
  passage: null,
  source: null,
  score: 0,
  language: 'en',
  reason: 'not-found',
  suggestions: [],
};

/** Every text a message carries, in blocks and fallback. */
function allText(message: SlackMessage): string[] {
  const texts: string[] = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section' && block.text) texts.push(block.text.text);
    if (block.type === 'context') for (const element of block.elements) if ('text' in element) texts.push(element.text);
  }
  return texts;
}

function buttons(message: SlackMessage) {
  const actions = message.blocks.find((block) => block.type === 'actions');
  return actions && actions.type === 'actions'
    ? actions.elements.map((element) => element as { action_id: string; value: string; text: { text: string } })
    : [];
}

describe('formatSlackAnswer', () => {
  it('shows the short answer in bold, the sentence as a quote and the source with confidence', () => {
    const message = formatSlackAnswer(RUTTE, { question: 'Wer ist der NATO-Generalsekretär?' });
    expect(message.blocks.slice(0, 3)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Mark Rutte*' } },
      { type: 'section', text: { type: 'mrkdwn', text: '> Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Quelle: NATO-Alliierten verpflichten sich, Absatz 4 · Konfidenz 87 %' }] },
    ]);
    expect(message.text).toBe(
      'Mark Rutte — „Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.“ (NATO-Alliierten verpflichten sich, Absatz 4)',
    );
  });

  it('leads with the quoted sentence, nothing in bold, when the engine vouches for no short answer', () => {
    const message = formatSlackAnswer({ ...RUTTE, answer: RUTTE.passage!, span: false }, { question: 'Was sagte Rutte?' });
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '> Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.' },
    });
    expect(allText(message).some((text) => text.startsWith('*'))).toBe(false);
    expect(message.text).toBe(
      '„Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.“ (NATO-Alliierten verpflichten sich, Absatz 4)',
    );
  });

  it('lists the closest passages with their sources under "I am not sure", with feedback buttons and a button per passage', () => {
    const unsure: Answer = {
      ...NOT_FOUND,
      answer: 'I am not sure. These passages come closest:',
      reason: 'unsure',
      suggestions: [
        { passage: RUTTE.passage!, source: RUTTE.source! },
        { passage: '<!channel> *x*', source: { ...RUTTE.source!, paragraph: 9 } },
      ],
    };
    const message = formatSlackAnswer(unsure, { question: 'Who?' });
    expect(message.blocks.slice(0, 5)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'I am not sure. These passages come closest:' } },
      { type: 'section', text: { type: 'mrkdwn', text: '> Der NATO-Generalsekretär Mark Rutte betonte in Brüssel die anhaltende Bedrohung.' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'NATO-Alliierten verpflichten sich, paragraph 4' }] },
      { type: 'section', text: { type: 'mrkdwn', text: expect.not.stringContaining('<!channel>') } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'NATO-Alliierten verpflichten sich, paragraph 9' }] },
    ]);
    expect(buttons(message).map((button) => button.action_id)).toEqual([ACTION_IDS.helpful, ACTION_IDS.unhelpful]);
    const shows = message.blocks.find((block) => block.type === 'actions' && block.block_id === 'suggestion_actions');
    const elements = shows && shows.type === 'actions' ? (shows.elements as Array<{ action_id: string; value: string; text: { text: string } }>) : [];
    expect(elements.map((button) => [button.action_id, button.text.text])).toEqual([
      [`${ACTION_IDS.suggestion}0`, 'Show passage 1'],
      [`${ACTION_IDS.suggestion}1`, 'Show passage 2'],
    ]);
    expect(decodeSuggestionValue(elements[1]!.value)).toEqual({ passage: '<!channel> *x*', source: { ...RUTTE.source!, paragraph: 9 }, language: 'en' });
    // The passage shown on a click is escaped like any other.
    expect(JSON.stringify(formatSlackPassage(decodeSuggestionValue(elements[1]!.value)!))).not.toContain('<!channel>');
  });

  it('words the source line in English for an English question', () => {
    const message = formatSlackAnswer({ ...RUTTE, language: 'en' }, { question: 'Who is the NATO Secretary General?' });
    expect(message.blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Source: NATO-Alliierten verpflichten sich, paragraph 4 · confidence 87 %' }],
    });
  });

  it('offers share, helpful and not helpful buttons under an /ask answer, carrying the question', () => {
    const message = formatSlackAnswer(RUTTE, { question: 'Wer ist der NATO-Generalsekretär?', echo: 'you', share: true });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Deine Frage: _Wer ist der NATO-Generalsekretär?_' }] });
    expect(buttons(message).map((button) => [button.action_id, button.text.text])).toEqual([
      [ACTION_IDS.share, 'Im Kanal teilen'],
      [ACTION_IDS.helpful, '👍 Hilfreich'],
      [ACTION_IDS.unhelpful, '👎 Nicht hilfreich'],
    ]);
    expect(buttons(message)[0]!.value).toBe('Wer ist der NATO-Generalsekretär?');
    expect(decodeFeedbackValue(buttons(message)[1]!.value)).toEqual({
      question: 'Wer ist der NATO-Generalsekretär?',
      answer: 'Mark Rutte',
      source: { articleId: RUTTE.source!.articleId, paragraph: RUTTE.source!.paragraph, sentence: RUTTE.source!.sentence },
    });
  });

  it('shows "the article does not say" plainly, with feedback buttons but nothing to share', () => {
    const message = formatSlackAnswer(NOT_FOUND, { question: 'What will the weather be tomorrow?', share: true });
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'The article does not say.' } });
    expect(message.text).toBe('The article does not say.');
    expect(buttons(message).map((button) => button.action_id)).toEqual([ACTION_IDS.helpful, ACTION_IDS.unhelpful]);
  });

  it('shows the too-long message without any buttons', () => {
    const tooLong: Answer = { ...NOT_FOUND, reason: 'too-long', answer: 'That question is too long (at most 1000 characters). Please ask a shorter one.' };
    const message = formatSlackAnswer(tooLong, { question: 'x'.repeat(4000), echo: 'you' });
    expect(message.blocks.map((block) => block.type)).toEqual(['context', 'section']);
    expect(message.text).toBe('That question is too long (at most 1000 characters). Please ask a shorter one.');
  });

  it('escapes <!channel>, <!here> and <@U…> in the echoed question so they cannot ping', () => {
    const message = formatSlackAnswer(NOT_FOUND, { question: 'Hi <!channel> <!here> <@U0123ABC> & co?', echo: 'you' });
    expect(message.blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'You asked: _Hi &lt;!channel&gt; &lt;!here&gt; &lt;@U0123ABC&gt; &amp; co?_' }],
    });
  });

  it('names who shared an answer with a mention, and escapes anything that is not a user id', () => {
    expect(formatSlackAnswer(RUTTE, { question: 'Wer?', echo: { user: 'U0ASKER' } }).blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '<@U0ASKER> fragte: _Wer?_' }],
    });
    expect(formatSlackAnswer(RUTTE, { question: 'Wer?', echo: { user: '<!channel>' } }).blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '&lt;!channel&gt; fragte: _Wer?_' }],
    });
  });

  it('keeps any answer and question within Slack limits and free of pings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ß', '&', '<', '>', '!', '@', 'channel', ' ', '\n', '😀', '<!here>'), maxLength: 5000 });
    fc.assert(
      fc.property(text, text, text, fc.boolean(), (question, short, passage, answered) => {
        const answer: Answer = answered
          ? { ...RUTTE, answer: short, passage: passage || 'x', source: { ...RUTTE.source!, title: passage } }
          : { ...NOT_FOUND, answer: short };
        const message = formatSlackAnswer(answer, { question, echo: 'you', share: true });
        expect(message.blocks.length).toBeLessThanOrEqual(BLOCKS_MAX);
        for (const piece of allText(message)) {
          expect(piece.length).toBeLessThanOrEqual(SECTION_TEXT_MAX);
          expect(piece).not.toMatch(/<!|<@|<#/);
        }
        for (const button of buttons(message)) expect(button.value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
      }),
      { numRuns: 150 },
    );
  });
});

describe('feedback button values', () => {
  it('round-trip question, answer and source, shortened to fit 2,000 characters', () => {
    const source = { articleId: 'article.de', title: 'Titel', paragraph: 4, sentence: 1 };
    expect(decodeFeedbackValue(encodeFeedbackValue({ question: 'Wer?', answer: 'Rutte', source }))).toEqual({
      question: 'Wer?',
      answer: 'Rutte',
      source: { articleId: 'article.de', paragraph: 4, sentence: 1 },
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 3000 }), (question, answer) => {
        const value = encodeFeedbackValue({ question, answer, source: null });
        expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
        const decoded = decodeFeedbackValue(value)!;
        expect(question.startsWith(decoded.question)).toBe(true);
        expect(answer.startsWith(decoded.answer)).toBe(true);
      }),
    );
  });

  it('reads nothing from a value this bot did not write', () => {
    expect(decodeFeedbackValue('not json')).toBeNull();
    expect(decodeFeedbackValue('{"q":1}')).toBeNull();
    expect(decodeFeedbackValue(undefined)).toBeNull();
  });
});
