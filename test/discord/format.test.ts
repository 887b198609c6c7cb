import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUTTON_IDS,
  DISCORD_CONTENT_LIMIT,
  EMBED_LIMITS,
  formatDiscordAnswer,
  formatDiscordPassage,
  formatDiscordSources,
} from '../../adapters/discord/format.ts';
import type { Answer } from '../../src/types.ts';

const TITLE = 'NATO-Alliierten verpflichten sich zu milliardenschwerer militärischer Unterstützung für die Ukraine';
const SENTENCE = 'Der NATO-Generalsekretär Mark Rutte betonte während einer kürzlichen Pressekonferenz in Brüssel die anhaltende Bedrohung durch Russland.';

const rutte: Answer = {
  answered: true,
  answer: 'Mark Rutte',
  passage: SENTENCE,
  source: { articleId: 'article.de', title: TITLE, paragraph: 4, sentence: 1 },
  span: true,
  score: 0.87,
  language: 'de',
  reason: 'answered',
  suggestions: [],
};

const notFound: Answer = {
  answered: false,
  answer: 'Dazu steht nichts im Artikel.',
  span: false,
  passage: null,
  source: null,
  score: 0,
  language: 'de',
  reason: 'not-found',
  suggestions: [],
};

const unsure: Answer = {
  ...notFound,
  answer: 'Ich bin nicht sicher. Am nächsten kommen diese Stellen:',
  reason: 'unsure',
  suggestions: [
    { passage: SENTENCE, source: { articleId: 'article.de', title: TITLE, paragraph: 4, sentence: 1 } },
    { passage: `*Fett* ${'lang '.repeat(100)}`, source: { articleId: 'article.de', title: TITLE, paragraph: 6, sentence: 2 } },
  ],
};

const embedOf = (answer: Answer, options?: Parameters<typeof formatDiscordAnswer>[1]) => formatDiscordAnswer(answer, options).embeds[0]!;
const buttonIds = (answer: Answer, options?: Parameters<typeof formatDiscordAnswer>[1]) =>
  formatDiscordAnswer(answer, options).components.map((row) => row.components.map((button) => ('custom_id' in button ? [button.custom_id, button.label] : [])));

describe('formatDiscordAnswer', () => {
  it('shows "Wer ist der NATO-Generalsekretär?" as an embed: Mark Rutte as title, the quote, source and confidence below', () => {
    expect(embedOf(rutte, { question: 'Wer ist der NATO-Generalsekretär?' })).toEqual({
      color: expect.any(Number),
      author: { name: 'Frage: Wer ist der NATO-Generalsekretär?' },
      title: 'Mark Rutte',
      description: `> ${SENTENCE}`,
      footer: { text: `${TITLE}, Absatz 4 · Konfidenz 87 %` },
    });
  });

  it('words label, paragraph and confidence in English for an English question, and leaves out an unset question', () => {
    const embed = embedOf({ ...rutte, language: 'en' });
    expect(embed.author).toBeUndefined();
    expect(embed.footer).toEqual({ text: `${TITLE}, paragraph 4 · confidence 87 %` });
  });

  it('has no title, only the quote, when the engine vouches for no short answer', () => {
    const embed = embedOf({ ...rutte, answer: SENTENCE, span: false });
    expect(embed.title).toBeUndefined();
    expect(embed.description).toBe(`> ${SENTENCE}`);
  });

  it('says in small print how a follow-up was understood', () => {
    expect(embedOf({ ...rutte, resolvedQuestion: 'Wo hat der NATO-Generalsekretär die Pressekonferenz gegeben?' }).description).toBe(
      `-# Verstanden als: Wo hat der NATO-Generalsekretär die Pressekonferenz gegeben?\n> ${SENTENCE}`,
    );
  });

  it('links the title to the source when it carries an http(s) url, and never to anything else', () => {
    const withUrl = (url: string) => ({ ...rutte, source: { ...rutte.source!, url } }) as Answer;
    expect(embedOf(withUrl('https://news.example/nato')).url).toBe('https://news.example/nato');
    expect(embedOf(withUrl('javascript:alert(1)')).url).toBeUndefined();
    expect(embedOf(rutte).url).toBeUndefined();
  });

  it('lists the closest passages under "Ich bin nicht sicher", each escaped, cut short and with its source, and a button for each', () => {
    const embed = embedOf(unsure);
    expect(embed.title).toBe('Ich bin nicht sicher. Am nächsten kommen diese Stellen:');
    const lines = embed.description!.split('\n');
    expect(lines.slice(0, 2)).toEqual([`**1.** ${SENTENCE}`, `-# ${TITLE}, Absatz 4`]);
    expect(lines[2]).toMatch(/^\*\*2\.\*\* \\\*Fett\\\* lang /);
    expect(lines[2]!.length).toBeLessThanOrEqual(7 + 300);
    expect(lines[3]).toBe(`-# ${TITLE}, Absatz 6`);
    expect(buttonIds(unsure)).toEqual([
      [
        [BUTTON_IDS.helpful, '👍 Hilfreich'],
        [BUTTON_IDS.unhelpful, '👎 Nicht hilfreich'],
      ],
      [
        [`${BUTTON_IDS.suggestion}0`, 'Stelle 1 zeigen'],
        [`${BUTTON_IDS.suggestion}1`, 'Stelle 2 zeigen'],
      ],
    ]);
  });

  it('offers 👍/👎 under an answer, and "Im Kanal teilen" only under a private one', () => {
    expect(buttonIds(rutte)).toEqual([
      [
        [BUTTON_IDS.helpful, '👍 Hilfreich'],
        [BUTTON_IDS.unhelpful, '👎 Nicht hilfreich'],
      ],
    ]);
    expect(buttonIds({ ...rutte, language: 'en' }, { private: true })).toEqual([
      [
        [BUTTON_IDS.helpful, '👍 Helpful'],
        [BUTTON_IDS.unhelpful, '👎 Not helpful'],
        [BUTTON_IDS.share, 'Share in channel'],
      ],
    ]);
  });

  it('says only "Dazu steht nichts im Artikel." when the article does not say, still with 👍/👎; an empty question gets no buttons', () => {
    expect(embedOf(notFound)).toEqual({ color: expect.any(Number), description: 'Dazu steht nichts im Artikel.' });
    expect(buttonIds(notFound)).toHaveLength(1);
    expect(buttonIds({ ...notFound, reason: 'empty' })).toEqual([]);
  });

  it('names who asked above a shared answer', () => {
    expect(embedOf(rutte, { question: 'Wer?', askedBy: 'Ada' }).author).toEqual({ name: 'Ada fragte: Wer?' });
  });

  it('cuts a 4,000-character question to 256 characters in the author line', () => {
    const name = embedOf({ ...notFound, language: 'en' }, { question: 'Who is the NATO Secretary General? '.repeat(115) }).author!.name;
    expect(Array.from(name).length).toBeLessThanOrEqual(EMBED_LIMITS.author);
    expect(name.endsWith('…')).toBe(true);
  });

  it('stays within every embed limit and renders no mention or link, whatever the question, answer, sentence and title', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 5000 }).map((value) => `${value} @everyone <@&1> [x](https://e.example)`);
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), (question, answer, passage, title, answered) => {
        const source = { articleId: 'a', title, paragraph: 1, sentence: 1 };
        const embed = embedOf(answered ? { ...rutte, answer, passage, source, resolvedQuestion: question } : { ...notFound, answer }, { question });
        const parts = { title: embed.title ?? '', description: embed.description ?? '', footer: embed.footer?.text ?? '', author: embed.author?.name ?? '' };
        for (const [part, value] of Object.entries(parts)) expect(value.length, part).toBeLessThanOrEqual(EMBED_LIMITS[part as keyof typeof parts]);
        expect(Object.values(parts).join('').length).toBeLessThanOrEqual(EMBED_LIMITS.total);
        expect(`${parts.title}${parts.description}`).not.toMatch(/@(everyone|here)|<[@#/]|[^\\]\[x\]\(/);
      }),
      { numRuns: 50 },
    );
  });
});

describe('formatDiscordPassage', () => {
  it('shows a suggested passage as the answer: the quote and its source', () => {
    expect(formatDiscordPassage(unsure.suggestions[0]!, 'de').embeds[0]).toEqual({
      color: expect.any(Number),
      description: `> ${SENTENCE}`,
      footer: { text: `${TITLE}, Absatz 4` },
    });
  });
});

describe('formatDiscordSources', () => {
  it('lists each article with its number of paragraphs, in German for German clients', () => {
    expect(formatDiscordSources([{ id: 'article.de', title: TITLE, paragraphs: 13 }], 'de')).toBe(`**Ich kenne 1 Artikel:**\n1. ${TITLE} — 13 Absätze`);
  });

  it('lists as many articles as fit in 2000 characters and says how many more there are', () => {
    const articles = Array.from({ length: 40 }, (_, index) => ({ id: `a${index}`, title: `${'Ein langer Titel '.repeat(5)}${index}`, paragraphs: 3 }));
    const text = formatDiscordSources(articles, 'en');
    const lines = text.split('\n');
    expect(text.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    expect(lines[0]).toBe('**I know 40 article(s):**');
    expect(lines.at(-1)).toBe(`… and ${40 - (lines.length - 2)} more`);
  });
});
