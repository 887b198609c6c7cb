/** Slack's three control characters in message text, and what each must become. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for a Slack message per Slack's rules (`&`, `<`, `>`), so user or article
 * text can never form `<!channel>`, `<!here>`, `<@U…>` or a link.
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char]!);
}

/**
 * Escapes text and cuts it to at most `max` characters, ending in `…` when cut. Cuts between
 * characters of the original, never inside an `&amp;` or a surrogate pair.
 */
export function escapeAndClip(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of text) {
    const piece = ESCAPES[char] ?? char;
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/**
 * Turns the text of an incoming message or slash command into a plain question: drops the
 * bot's own mention, keeps the visible label of other mentions and links, and undoes Slack's
 * escaping.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (botUserId && target === `@${botUserId}`) return ' ';
      if (label !== undefined) return target.startsWith('#') ? `#${label}` : label;
      if (target.startsWith('@') || target.startsWith('!')) return ' ';
      return target.startsWith('#') ? ' ' : target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
