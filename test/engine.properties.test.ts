import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../adapters/common/loadKnowledge.ts';
import { createEngine, type Engine } from '../src/engine.ts';

let engine: Engine;
let paragraphs: string[];

beforeAll(async () => {
  const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  paragraphs = knowledge.articles[0]!.paragraphs;
  engine = createEngine(knowledge);
});

/** Text users paste: words from the article, markup, mentions, emoji, controls and invisible marks. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('NATO', 'Rutte', 'Generalsekretär', 'Ukraine', '2024', 'Wer', 'wie viel', 'who', '?', ' ', '\n'),
      fc.constantFrom('@everyone', '@here', '<@123>', '<@&456>', '<!channel>', '<b>', '**', '`', '\u0000', '\u200b', '\u202e', '\ufeff', '😀', '🇺🇦', '\ud800'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the engine, for any input', () => {
  it('returns a well-formed answer and never throws', () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const reply = engine.ask(question);
        expect(typeof reply.answer).toBe('string');
        expect(reply.answer.length).toBeGreaterThan(0);
        expect(reply.score).toBeGreaterThanOrEqual(0);
        expect(reply.score).toBeLessThanOrEqual(1);
        expect(['de', 'en']).toContain(reply.language);
        if (reply.answered) {
          expect(reply.reason).toBe('answered');
          // The quote is the article's own sentence; the reply leads with it, a piece cut from it, or yes/no.
          expect(paragraphs[reply.source!.paragraph - 1]).toContain(reply.passage);
          if (!reply.span) expect(reply.answer).toBe(reply.passage);
          else if (!['Ja', 'Nein', 'Yes', 'No'].includes(reply.answer)) expect(reply.passage).toContain(reply.answer);
        } else {
          expect(reply.passage).toBeNull();
          expect(reply.source).toBeNull();
          expect(reply.span).toBe(false);
          expect(['unsure', 'not-found', 'empty', 'too-long']).toContain(reply.reason);
          expect(reply.suggestions.length).toBeLessThanOrEqual(3);
          if (reply.reason === 'unsure') expect(reply.suggestions.length).toBeGreaterThan(0);
          for (const suggestion of reply.suggestions) expect(paragraphs[suggestion.source.paragraph - 1]).toContain(suggestion.passage);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('declines anything over the length limit before searching, however it is made', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1001, maxLength: 5000 }).filter((text) => text.replace(/\s+/g, ' ').trim().length > 1000),
        (question) => {
          const reply = engine.ask(question);
          expect(reply.reason === 'too-long' || reply.reason === 'empty').toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('answers the same question the same way every time', () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        expect(engine.ask(question)).toEqual(engine.ask(question));
      }),
      { numRuns: 100 },
    );
  });
});
