import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';
// Bidi overrides and isolates can make text read differently from what it is (link spoofing).
const INVISIBLE = /[\u200b\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to show inside a bot message: one line, Markdown escaped (including
 * headings, subtext, quotes, lists and every square bracket, so no masked link survives),
 * and `@everyone`, `@here`, `<@…>`, `<@&…>`, `<#…>` and `</…>` broken with a zero-width
 * space so they neither ping nor render as mentions.
 */
export function escapeUserText(text: string): string {
  const line = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  // escapeMarkdown's maskedLink option escapes only the first of several links; brackets are escaped here instead.
  const escaped = escapeMarkdown(line, { heading: true, bulletedList: true, numberedList: true })
    .replace(/[[\]]/g, '\\$&')
    .replace(/^(-#|>)/, '\\$1');
  return breakMentions(escaped);
}

/** Breaks `@everyone`, `@here` and `<@…>`-style mentions with a zero-width space, for plain text (embed authors and footers) as well. */
export function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(?=[@#/])/g, `<${ZERO_WIDTH_SPACE}`);
}

/**
 * {@link escapeUserText}, cut to at most `max` characters with a trailing `…` when it is
 * longer. Cuts fall between whole characters of the original, never inside an escape.
 */
export function escapeToFit(text: string, max: number): string {
  const whole = escapeUserText(text);
  if (whole.length <= max) return whole;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (escapeUserText(chars.slice(0, middle).join('')).length + 1 <= max) low = middle;
    else high = middle - 1;
  }
  return `${escapeUserText(chars.slice(0, low).join(''))}…`;
}
