/** A word of a text with where it stands, so answers can be cut from the original. */
export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

// \p{M} keeps combining marks inside words (decomposed umlauts); hyphens split compounds
// such as "NATO-Alliierten" into their parts, which is what users type.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,'’][\p{N}]+)*/gu;

/** Splits text into words (letters and digits; numbers keep their "3,5" or "1.000"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The words of a text as strings, without positions: the fast path for indexing. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
