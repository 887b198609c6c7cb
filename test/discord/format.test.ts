import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_CONTENT_LIMIT, formatDiscordAnswer, formatDiscordSources } from '../../adapters/discord/format.ts';
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

const notFound: Answer = { answered: false, answer: 'Dazu steht nichts im Artikel.', span: false, passage: null, source: null, score: 0, language: 'de', reason: 'not-found', suggestions: [] };

const unsure: Answer = {
  ...notFound,
  answer: 'Ich bin nicht sicher. Am nächsten kommen diese Stellen:',
  reason: 'unsure',
  suggestions: [
    { passage: SENTENCE, source: { articleId: 'article.de', title: TITLE, paragraph: 4, sentence: 1 } },
    { passage: `*Fett* ${'lang '.repeat(100)}`, source: { articleId: 'article.de', title: TITLE, paragraph: 6, sentence: 2 } },
  ],
};

describe('formatDiscordAnswer', () => {
  it('formats "Wer ist der NATO-Generalsekretär?" as bold Mark Rutte, the quoted sentence and its source', () => {
    expect(formatDiscordAnswer(rutte, { question: 'Wer ist der NATO-Generalsekretär?' })).toBe(
      ['**Frage:** Wer ist der NATO-Generalsekretär?', '**Mark Rutte**', `> ${SENTENCE}`, `— ${TITLE}, Absatz 4 (Konfidenz 87 %)`].join('\n'),
    );
  });

  it('words the label, paragraph and confidence in English for an English question, and leaves out an unset question', () => {
    expect(formatDiscordAnswer({ ...rutte, language: 'en' })).toBe(['**Mark Rutte**', `> ${SENTENCE}`, `— ${TITLE}, paragraph 4 (confidence 87 %)`].join('\n'));
  });

  it('leads with the quoted sentence, nothing in bold, when the engine vouches for no short answer', () => {
    expect(formatDiscordAnswer({ ...rutte, answer: SENTENCE, span: false })).toBe([`> ${SENTENCE}`, `— ${TITLE}, Absatz 4 (Konfidenz 87 %)`].join('\n'));
  });

  it('lists the closest passages under "Ich bin nicht sicher", each escaped, cut short and with its source', () => {
    const text = formatDiscordAnswer(unsure);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Ich bin nicht sicher. Am nächsten kommen diese Stellen:', `> ${SENTENCE}`, `— ${TITLE}, Absatz 4`]);
    expect(lines[3]).toMatch(/^> \\\*Fett\\\* lang /);
    expect(lines[3]!.length).toBeLessThanOrEqual(2 + 300);
    expect(lines[4]).toBe(`— ${TITLE}, Absatz 6`);
    expect(text).not.toContain('**');
  });

  it('says only "Dazu steht nichts im Artikel." when the article does not say', () => {
    expect(formatDiscordAnswer(notFound)).toBe('Dazu steht nichts im Artikel.');
  });

  it('shows the too-long message and echoes only the first 300 characters of a 4,000-character question', () => {
    const tooLong: Answer = { ...notFound, reason: 'too-long', language: 'en', answer: 'That question is too long (at most 1000 characters). Please ask a shorter one.' };
    const [echo, reply, ...rest] = formatDiscordAnswer(tooLong, { question: 'Who is the NATO Secretary General? '.repeat(115) }).split('\n');
    expect(echo!.length).toBeLessThanOrEqual('**Question:** '.length + 300);
    expect(echo!.endsWith('…')).toBe(true);
    expect(reply).toBe('That question is too long (at most 1000 characters). Please ask a shorter one.');
    expect(rest).toEqual([]);
  });

  it('cuts the quoted sentence, never the source line, when the sentence is very long', () => {
    const text = formatDiscordAnswer({ ...rutte, passage: `${'Sehr langer Satz '.repeat(300)}.` }, { question: 'Wer?' });
    expect(text.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    expect(text.split('\n')[2]!.endsWith('…')).toBe(true);
    expect(text.split('\n')[3]).toBe(`— ${TITLE}, Absatz 4 (Konfidenz 87 %)`);
  });

  it('stays within 2000 characters and pings no one, whatever the question, answer, sentence and title', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 3000 }).map((value) => `${value} @everyone <@&1> [x](https://e.example)`);
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), (question, answer, passage, title, answered) => {
        const source = { articleId: 'a', title, paragraph: 1, sentence: 1 };
        const formatted = formatDiscordAnswer(answered ? { ...rutte, answer, passage, source } : { ...notFound, answer }, { question });
        expect(formatted.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
        expect(formatted).not.toMatch(/@(everyone|here)|<[@#/]|[^\\]\[x\]\(/);
      }),
      { numRuns: 50 },
    );
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
