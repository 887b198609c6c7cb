import { STOPWORDS } from '../text/stopwords.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { AMOUNT, COMMON_NOUN_ENDING, NAME, PLACE_CUE, REASON_CUE, TIME } from './patterns.ts';
import type { QuestionType } from './questionType.ts';

/** A piece of the sentence that could be the answer. */
interface Span {
  start: number;
  end: number;
  /** How well its shape fits what is asked (0..2). */
  fit: number;
}

/**
 * Cuts the short answer out of a sentence: the amount, date, name, place, reason or phrase
 * the question asks for, preferring pieces that the question does not already say and that
 * stand near the words it does say. Returns the sentence when nothing fits.
 */
export function extractAnswer(sentence: string, type: QuestionType, isQuestionWord: (word: string) => boolean): string {
  const tokens = tokenize(sentence);
  const asked = tokens.filter((token) => isQuestionWord(token.text));
  const spans = candidateSpans(sentence, type, tokens);
  let best: { span: Span; score: number } | undefined;
  for (const span of spans) {
    const inside = tokens.filter((token) => token.start >= span.start && token.end <= span.end);
    const content = inside.filter((token) => !STOPWORDS.has(token.text.toLowerCase()));
    if (content.length === 0) continue;
    const repeated = content.filter((token) => isQuestionWord(token.text)).length / content.length;
    if (repeated === 1) continue;
    const distance = asked.length === 0 ? 8 : Math.min(...asked.map((token) => gap(token, span)));
    const score = span.fit + 1 / (1 + distance / 3) - 1.5 * repeated - 0.03 * content.length;
    if (!best || score > best.score) best = { span, score };
  }
  return best ? trimSpan(sentence.slice(best.span.start, best.span.end), isQuestionWord, best.span.start === 0) : sentence;
}

function candidateSpans(sentence: string, type: QuestionType, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  const addMatches = (pattern: RegExp, fit: number) => {
    for (const match of sentence.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, fit });
  };
  if (type === 'amount') addMatches(AMOUNT, 2);
  if (type === 'time') addMatches(TIME, 2);
  if (type === 'person' || type === 'place' || type === 'thing') {
    const times = [...sentence.matchAll(TIME)].map((match) => [match.index, match.index + match[0].length] as const);
    for (const name of nameRuns(sentence)) {
      if (times.some(([start, end]) => name.start >= start && name.end <= end)) continue;
      const words = name.text.split(/\s+/);
      const nameLike = words.filter((word) => !COMMON_NOUN_ENDING.test(word.toLowerCase())).length / words.length;
      const afterPlaceCue = PLACE_CUE.test(sentence.slice(0, name.start));
      const fit = type === 'person' ? nameLike * (words.length > 1 ? 1.6 : 1.1) : type === 'place' ? nameLike * (afterPlaceCue ? 1.8 : 0.9) : 0.6 * nameLike;
      // German capitalises every sentence's first word, so a lone first word is a weaker name.
      const initial = name.start === 0 && words.length === 1 ? 0.7 : 1;
      spans.push({ start: name.start, end: name.end, fit: fit * initial });
    }
  }
  if (type === 'reason') {
    for (const match of sentence.matchAll(REASON_CUE)) {
      const end = clauseEnd(sentence, match.index + match[0].length);
      spans.push({ start: match.index + match[0].length, end, fit: 1.5 });
    }
  }
  spans.push(...phraseSpans(sentence, tokens));
  return spans;
}

/** Capitalised runs and each of their shorter runs ("Mark Rutte" inside "NATO-Generalsekretär Mark Rutte"). */
function nameRuns(sentence: string): Array<{ start: number; end: number; text: string }> {
  const runs = [];
  for (const match of sentence.matchAll(NAME)) {
    const words = [...match[0].matchAll(/\S+/g)].slice(0, 6);
    for (let from = 0; from < words.length; from++) {
      for (let to = from; to < words.length; to++) {
        const start = match.index + words[from]!.index;
        const end = match.index + words[to]!.index + words[to]![0].length;
        runs.push({ start, end, text: sentence.slice(start, end) });
      }
    }
  }
  return runs;
}

/** Runs of words between punctuation, each a plain candidate for "what" and "how" questions. */
function phraseSpans(sentence: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let first: Token | undefined;
  let last: Token | undefined;
  const close = () => {
    if (first && last) spans.push({ start: first.start, end: last.end, fit: 0.2 });
    first = undefined;
  };
  for (const token of tokens) {
    if (last && /[,;:()–—"„“”«»]/.test(sentence.slice(last.end, token.start))) close();
    first ??= token;
    last = token;
  }
  close();
  return spans;
}

function clauseEnd(sentence: string, from: number): number {
  const stop = /[,;:.!?()–—]/.exec(sentence.slice(from));
  return stop ? from + stop.index : sentence.length;
}

function gap(token: Token, span: Span): number {
  if (token.end <= span.start) return span.start - token.end;
  if (token.start >= span.end) return token.start - span.end;
  return 0;
}

/**
 * Drops question words and function words from the edges of an answer; a capitalised
 * function word inside a sentence belongs to a name ("in Den Haag") and stays.
 */
function trimSpan(text: string, isQuestionWord: (word: string) => boolean, atSentenceStart: boolean): string {
  const tokens = tokenize(text);
  const keep = (token: Token, i: number) =>
    !isQuestionWord(token.text) && (!STOPWORDS.has(token.text.toLowerCase()) || (i === 0 && !atSentenceStart && /^\p{Lu}/u.test(token.text) && tokens.length > 1));
  const from = tokens.findIndex(keep);
  const to = tokens.findLastIndex(keep);
  if (from === -1) return text.trim();
  const qualifier = /^(etwa|rund|über|mehr|fast|knapp|ca|circa|insgesamt|bis|weniger|mindestens|about|around|over|more|almost|nearly|up|less|approximately)$/i;
  let start = tokens[from]!.start;
  for (let i = from - 1; i >= 0 && qualifier.test(tokens[i]!.text); i--) start = tokens[i]!.start;
  const symbol = /^\s?(?:%|€|\$|Mio\.|Mrd\.)/.exec(text.slice(tokens[to]!.end))?.[0] ?? '';
  return text.slice(start, tokens[to]!.end + symbol.length).trim();
}
