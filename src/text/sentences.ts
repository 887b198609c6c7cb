/** Abbreviations after which a period does not end a German or English sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'hr',
  'fr',
  'nr',
  'bzw',
  'ca',
  'vgl',
  'usw',
  'etc',
  'inkl',
  'ggf',
  'evtl',
  'sog',
  'mio',
  'mrd',
  'bzw',
  'jh',
  'jhd',
  'st',
  'str',
  'abs',
  'art',
  'bd',
  'chr',
  'geb',
  'gest',
  'max',
  'min',
  'mr',
  'mrs',
  'ms',
  'vs',
  'jr',
  'sr',
  'no',
  'co',
  'corp',
  'inc',
  'ltd',
  'dt',
  'engl',
  'franz',
  'lat',
  'griech',
  'ital',
  'span',
  'okt',
  'nov',
  'dez',
  'jan',
  'feb',
  'mär',
  'apr',
  'aug',
  'sept',
  'sep',
  'u',
  'a',
  'z',
  'b',
  'd',
  'h',
  'v',
  'n',
  's',
]);

const BOUNDARY = /([.!?…]+)(["'»«“”„)\]]*)(\s+)(?=["'»«“”„([]?[\p{Lu}\p{N}])/gu;

/**
 * Splits a paragraph into sentences, keeping every character (the parts join back to the
 * paragraph, trimmed). A period after an abbreviation, a single letter or a one- or
 * two-digit number (German ordinals such as "1. Juni") does not end a sentence.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !endsSentence(paragraph.slice(start, match.index))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end + match[3]!.length;
  }
  const last = paragraph.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences.filter((sentence) => sentence !== '');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function endsSentence(before: string): boolean {
  // Scans back by hand: an end-anchored regex would rescan the whole prefix each time.
  let start = before.length;
  while (start > 0 && WORD_CHAR.test(before[start - 1]!)) start--;
  const word = before.slice(start);
  if (!word) return true;
  // Ordinals ("1. Juni") and initials ("M. Theo Kearney", "Y. pestis") do not end a sentence.
  if (/^\d{1,2}$/.test(word) || /^\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
