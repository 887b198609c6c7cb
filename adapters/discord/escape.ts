const ZERO_WIDTH_SPACE = '\u200b';
// Bidi overrides and isolates can make text read differently from what it is (link spoofing).
const INVISIBLE = /[\u200b\u202a-\u202e\u2066-\u2069]/g;
/** Characters that format text anywhere in a line (emphasis, code, spoilers, masked links) and the escape itself. */
const INLINE_MARKUP = /[\\*_~`|[\]]/g;
/** What formats a line by its start: headings, subtext (`-#`), quotes, bulleted and numbered lists. */
const LINE_START_MARKUP = /^(?:(#|-|\+|>)|(\d+)\.(?=\s))/;

/**
 * Makes text safe to show inside a bot message: one line, Markdown escaped (emphasis, code,
 * spoilers, every square bracket so no masked link survives, and headings, subtext, quotes
 * and lists at its start), and `@everyone`, `@here`, `<@…>`, `<@&…>`, `<#…>` and `</…>`
 * broken with a zero-width space so they neither ping nor render as mentions. One pass of
 * a few regular expressions: linear in the length of the text, whatever it holds (discord.js's
 * `escapeMarkdown` is not: 6,000 backticks took over a second).
 */
export function escapeUserText(text: string): string {
  return escapeLine(toLine(text));
}

/**
 * {@link escapeUserText}, cut to at most `max` characters with a trailing `…` when it is
 * longer. Cuts fall between whole characters of the original, never inside an escape. Only
 * the first `max` characters are ever escaped (escaping never shortens text), so the cost
 * does not grow with the length of the text beyond one linear pass.
 */
export function escapeToFit(text: string, max: number): string {
  const line = toLine(text);
  // Every character takes at least one place once escaped, so at most `max` of them can show.
  const head = Array.from(line.slice(0, 2 * (max + 1))).slice(0, max + 1);
  const whole = head.length <= max && head.join('').length === line.length;
  if (whole) {
    const escaped = escapeLine(line);
    if (escaped.length <= max) return escaped;
  }
  let low = 0;
  let high = Math.min(head.length, max);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (escapeLine(head.slice(0, middle).join('')).length + 1 <= max) low = middle;
    else high = middle - 1;
  }
  return `${escapeLine(head.slice(0, low).join(''))}…`;
}

/** The text on one line: invisible characters dropped, whitespace runs made one space. */
function toLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function escapeLine(line: string): string {
  const escaped = line
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, (_, mark: string | undefined, number: string | undefined) => (mark ? `\\${mark}` : `${number}\\.`));
  return breakMentions(escaped);
}

/** Breaks `@everyone`, `@here` and `<@…>`-style mentions with a zero-width space, for plain text (embed authors and footers) as well. */
export function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(?=[@#/])/g, `<${ZERO_WIDTH_SPACE}`);
}
