/** Invisible characters users paste by accident: zero-width, bidi marks and controls. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/gu;

/**
 * Cleans user text before it is read: drops controls, zero-width and bidi marks,
 * replacement characters and markup (HTML tags, chat mentions such as `<@123>` or
 * `<!channel>`), and folds white space. Keeps letters, digits and punctuation.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[*_~`|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds a lower-case German word to a spelling-independent form: ß becomes ss, and the
 * transcriptions ae/oe/ue become umlauts (except after q, as in "Quelle"), so "Haeuser" and
 * "Häuser" meet in the stemmer, which then folds the umlauts away.
 */
export function foldGerman(word: string): string {
  return word
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/(^|[^qaeiouäöü])ue/g, '$1ü');
}
