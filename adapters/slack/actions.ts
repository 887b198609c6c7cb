import type { FeedbackSource } from '../common/feedback.ts';

/** Action ids of the buttons under an answer; `app.ts` routes clicks by them. */
export const ACTION_IDS = {
  share: 'share_answer',
  helpful: 'feedback_up',
  unhelpful: 'feedback_down',
  /** A suggestion of an unsure reply; its action id ends in the suggestion's number (ids must differ within a block). */
  suggestion: 'show_suggestion_',
} as const;

/** Matches the action ids of the suggestion buttons. */
export const SUGGESTION_ACTION = new RegExp(`^${ACTION_IDS.suggestion}\\d+$`);

/** Slack's limit on a button's `value`. */
export const BUTTON_VALUE_MAX = 2000;

/** What a 👍/👎 button carries, so a click can be recorded without server-side state. */
export interface FeedbackValue {
  question: string;
  answer: string;
  source: FeedbackSource | null;
}

/**
 * Packs question and answer into a button value of at most {@link BUTTON_VALUE_MAX}
 * characters, shortening the question first and then the answer when they do not fit.
 */
export function encodeFeedbackValue({ question, answer, source }: FeedbackValue): string {
  let q = Array.from(question).slice(0, 1000);
  let a = Array.from(answer).slice(0, 600);
  // An article id longer than this is not kept: the vote still counts, without its place.
  const s = source && source.articleId.length <= 200 ? [source.articleId, source.paragraph, source.sentence] : undefined;
  const encode = () => JSON.stringify({ q: q.join(''), a: a.join(''), ...(s ? { s } : {}) });
  let value = encode();
  // JSON escapes can make a character several long, so shrink until it fits.
  while (value.length > BUTTON_VALUE_MAX) {
    if (q.length > 0) q = q.slice(0, Math.floor(q.length / 2));
    else a = a.slice(0, Math.floor(a.length / 2));
    value = encode();
  }
  return value;
}

/** Reads a 👍/👎 button value; null when it is not one this bot wrote. */
export function decodeFeedbackValue(value: string | undefined): FeedbackValue | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { q, a, s } = parsed as Record<string, unknown>;
    if (typeof q !== 'string' || typeof a !== 'string') return null;
    const place =
      Array.isArray(s) && typeof s[0] === 'string' && Number.isInteger(s[1]) && Number.isInteger(s[2])
        ? { articleId: s[0], paragraph: s[1] as number, sentence: s[2] as number }
        : null;
    return { question: q, answer: a, source: place };
  } catch {
    return null;
  }
}

/** What a suggestion button carries: the passage and where it stands, so a click can show it without server-side state. */
export interface SuggestionValue {
  passage: string;
  source: { articleId: string; title: string; paragraph: number; sentence: number };
  language: 'de' | 'en';
}

/** Packs a suggestion into a button value, or undefined when it does not fit {@link BUTTON_VALUE_MAX} (no button then). */
export function encodeSuggestionValue({ passage, source, language }: SuggestionValue): string | undefined {
  const value = JSON.stringify({ p: passage, s: [source.articleId, source.title, source.paragraph, source.sentence], l: language });
  return value.length <= BUTTON_VALUE_MAX ? value : undefined;
}

/** Reads a suggestion button value; null when it is not one this bot wrote. */
export function decodeSuggestionValue(value: string | undefined): SuggestionValue | null {
  try {
    const { p, s, l } = JSON.parse(value ?? '') as Record<string, unknown>;
    if (
      typeof p !== 'string' ||
      !Array.isArray(s) ||
      typeof s[0] !== 'string' ||
      typeof s[1] !== 'string' ||
      !Number.isInteger(s[2]) ||
      !Number.isInteger(s[3])
    )
      return null;
    return { passage: p, source: { articleId: s[0], title: s[1], paragraph: s[2] as number, sentence: s[3] as number }, language: l === 'en' ? 'en' : 'de' };
  } catch {
    return null;
  }
}
