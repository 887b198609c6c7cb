import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeToFit, escapeUserText } from '../../adapters/discord/escape.ts';

const risky = fc.constantFrom(
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!1>',
  '<@&42>',
  '<#7>',
  '</ask:9>',
  '[',
  ']',
  '(',
  ')',
  'https://evil.example',
  '\\',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '# ',
  '-# ',
  '> ',
  '- ',
  '1. ',
  '\n',
  ' ',
  '\u202e',
  '\u200b',
);
const userText = fc.array(fc.oneof(risky, fc.string({ unit: 'grapheme' })), { maxLength: 30 }).map((parts) => parts.join(''));

/** What a reader sees: the escape backslashes and inserted zero-width spaces removed. */
function visible(escaped: string): string {
  return escaped.replaceAll('\u200b', '').replace(/\\(.)/gsu, '$1');
}

describe('escapeUserText', () => {
  it('breaks @everyone, @here, user, role, channel and command mentions', () => {
    expect(escapeUserText('@everyone @here <@123> <@&456> <#789> </ask:1>')).toBe(
      '@\u200beveryone @\u200bhere <\u200b@123> <\u200b@&456> <\u200b#789> <\u200b/ask:1>',
    );
  });

  it('escapes bold, italics, code, spoilers and every masked link', () => {
    expect(escapeUserText('**fett** _kursiv_ `code` ||geheim|| [harmlos](https://evil.example) [zwei](https://x.example)')).toBe(
      '\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` \\|\\|geheim\\|\\| \\[harmlos\\](https://evil.example) \\[zwei\\](https://x.example)',
    );
  });

  it('keeps text on one line and escapes headings, subtext, quotes and lists at its start', () => {
    expect(escapeUserText('# Titel\n\nzweite Zeile')).toBe('\\# Titel zweite Zeile');
    expect(escapeUserText('-# klein')).toBe('\\-# klein');
    expect(escapeUserText('> zitat')).toBe('\\> zitat');
    expect(escapeUserText('- punkt')).toBe('\\- punkt');
    expect(escapeUserText('1. eins')).toBe('1\\. eins');
  });

  it('drops right-to-left overrides that make text read differently', () => {
    expect(escapeUserText('abc\u202eexe.txt')).toBe('abcexe.txt');
  });

  it('never leaves a ping or a line break, whatever the text', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const escaped = escapeUserText(text);
        expect(escaped).not.toMatch(/@(everyone|here)|<[@#/]|\n/i);
      }),
    );
  });

  it('shows the reader exactly the text, on one line', () => {
    fc.assert(
      fc.property(userText, (text) => {
        expect(visible(escapeUserText(text))).toBe(
          text
            .replace(/[\u200b\u202a-\u202e\u2066-\u2069]/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }),
    );
  });
});

describe('escapeToFit', () => {
  it('cuts a 4,000-character question to the limit with an ellipsis', () => {
    const cut = escapeToFit('Wer ist der NATO-Generalsekretär? '.repeat(120), 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('Wer ist der NATO-Generalsekretär? Wer ist')).toBe(true);
  });

  it('never exceeds the limit and leaves short text whole', () => {
    fc.assert(
      fc.property(userText, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const cut = escapeToFit(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (escapeUserText(text).length <= max) expect(cut).toBe(escapeUserText(text));
        else expect(cut.endsWith('…')).toBe(true);
      }),
    );
  });
});
