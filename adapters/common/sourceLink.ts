import type { Source } from '../../src/types.ts';

/**
 * An article's web address made safe to put in a chat link: http or https only, normalised,
 * with the characters that end a link in Slack (`|`, `>`) or Discord (`>`, `)`) and any
 * whitespace percent-encoded. Undefined when the source has no usable address.
 */
export function sourceLink(source: Pick<Source, 'url'> | null | undefined): string | undefined {
  if (!source?.url) return undefined;
  try {
    const url = new URL(source.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/[|<>()\s`]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}
