import { describe, expect, it } from 'vitest';
import { sourceLink } from '../adapters/common/sourceLink.ts';
import { formatConsoleAnswer, formatJsonAnswer } from '../adapters/console/format.ts';
import { formatDiscordAnswer, formatDiscordSources } from '../adapters/discord/format.ts';
import { formatSlackAnswer } from '../adapters/slack/format.ts';
import { createEngine } from '../src/engine.ts';
import type { Answer } from '../src/types.ts';

const URL = 'https://kreisbote.example/lokales/neue-faehre-lindenau';
const TITLE = 'Neue Fähre für Lindenau';
const SENTENCE = 'Die neue Fähre soll im Oktober ausgeliefert werden.';
const source = { articleId: 'faehre', title: TITLE, paragraph: 5, sentence: 2, url: URL, date: '2025-03-14' };
const answer: Answer = {
  answered: true,
  answer: 'Oktober',
  span: true,
  passage: SENTENCE,
  source,
  score: 0.97,
  language: 'de',
  reason: 'answered',
  suggestions: [],
};
const unsure: Answer = {
  answered: false,
  answer: 'Ich bin nicht sicher. Am nächsten kommen diese Stellen:',
  span: false,
  passage: null,
  source: null,
  score: 0.4,
  language: 'de',
  reason: 'unsure',
  suggestions: [{ passage: SENTENCE, source }],
};

describe('answers cite the article with its link', () => {
  it('the engine puts the article source URL and date into every source, and leaves them out for articles without', () => {
    const engine = createEngine({
      articles: [
        {
          id: 'faehre',
          title: TITLE,
          paragraphs: ['Die neue Fähre wird in Rostock gebaut. Die neue Fähre soll im Oktober ausgeliefert werden.'],
          source: URL,
          date: '2025-03-14',
        },
        { id: 'zoo', title: 'Zoo', paragraphs: ['Der Zoo Leipzig bekam im Mai 2025 zwei Elefanten aus Thailand.'], source: 'Pressemitteilung des Zoos' },
      ],
    });
    expect(engine.ask('Wann soll die Fähre ausgeliefert werden?')).toMatchObject({ answered: true, source: { ...source, paragraph: 1 } });
    expect(engine.ask('Wie viele Elefanten bekam der Zoo Leipzig?').source).toEqual({ articleId: 'zoo', title: 'Zoo', paragraph: 1, sentence: 1 });
    expect(engine.articles).toEqual([
      { id: 'faehre', title: TITLE, paragraphs: 1, url: URL, date: '2025-03-14' },
      { id: 'zoo', title: 'Zoo', paragraphs: 1 },
    ]);
  });

  it('console: the URL on the line after the source line, for answers and suggestions', () => {
    expect(formatConsoleAnswer(answer)).toBe(['Oktober', `  „${SENTENCE}“`, `  — ${TITLE}, Absatz 5 (Konfidenz 97 %)`, `    ${URL}`].join('\n'));
    expect(formatConsoleAnswer(unsure).split('\n').at(-1)).toBe(`       ${URL}`);
  });

  it('--json: source.url and source.date', () => {
    expect(JSON.parse(formatJsonAnswer('Wann?', answer)).source).toEqual({
      articleId: 'faehre',
      title: TITLE,
      paragraph: 5,
      sentence: 2,
      url: URL,
      date: '2025-03-14',
    });
  });

  it('Discord: the embed links to the article; /sources lists links', () => {
    expect(formatDiscordAnswer(answer).embeds[0]).toMatchObject({ url: URL, footer: { text: `${TITLE}, Absatz 5 · Konfidenz 97 %` } });
    expect(
      formatDiscordSources(
        [
          { id: 'faehre', title: TITLE, paragraphs: 6, url: URL },
          { id: 'zoo', title: 'Zoo', paragraphs: 1 },
        ],
        'de',
      ),
    ).toBe(['**Ich kenne 2 Artikel:**', `1. ${TITLE} — 6 Absätze <${URL}>`, '2. Zoo — 1 Absätze'].join('\n'));
  });

  it('Slack: the source in the context line links to the article', () => {
    const context = formatSlackAnswer(answer, { question: 'Wann?' }).blocks.find((block) => block.type === 'context');
    expect(context).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Quelle: <${URL}|${TITLE}, Absatz 5> · Konfidenz 97 %` }] });
  });

  it('makes addresses safe for chat links and drops what is not http(s)', () => {
    expect(sourceLink({ url: 'https://example.org/a|b>c (d)' })).toBe('https://example.org/a%7Cb%3Ec%20%28d%29');
    expect(sourceLink({ url: 'javascript:alert(1)' })).toBeUndefined();
    expect(sourceLink({ url: 'nicht eine adresse' })).toBeUndefined();
    expect(sourceLink({})).toBeUndefined();
  });
});
