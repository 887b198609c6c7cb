import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAndClip, escapeSlack, slackTextToPlain } from '../../adapters/slack/slackText.ts';

describe('escapeSlack', () => {
  it('escapes &, < and > the way Slack asks', () => {
    expect(escapeSlack('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('leaves no control character, and reading it back gives the original', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeSlack(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(slackTextToPlain(escaped)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('escapeAndClip', () => {
  it('cuts long text with an ellipsis, never inside an entity', () => {
    expect(escapeAndClip('a&b&c', 7)).toBe('a&amp;…');
    expect(escapeAndClip('abc', 3)).toBe('abc');
  });

  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 8, max: 300 }), (text, max) => {
        expect(escapeAndClip(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('slackTextToPlain', () => {
  it('drops the bot mention and keeps what people see of links and channels', () => {
    expect(slackTextToPlain('<@U0BOT> Wer ist der NATO-Generalsekretär?', 'U0BOT')).toBe('Wer ist der NATO-Generalsekretär?');
    expect(slackTextToPlain('Siehe <https://nato.int|NATO> in <#C1|news> &amp; Co.')).toBe('Siehe NATO in #news & Co.');
    expect(slackTextToPlain('<!channel> Wo findet der Gipfel statt?')).toBe('Wo findet der Gipfel statt?');
  });
});
