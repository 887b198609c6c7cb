import type { FeedbackSource } from '../common/feedback.ts';

/** Action ids of the buttons under an answer; `app.ts` routes clicks by them. */
export const ACTION_IDS = {
  share: 'share_answer',
  helpful: 'feedback_up',
  unhelpful: 'feedback_down',
} as const;

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
    const place = Array.isArray(s) && typeof s[0] === 'string' && Number.isInteger(s[1]) && Number.isInteger(s[2]) ? { articleId: s[0], paragraph: s[1] as number, sentence: s[2] as number } : null;
    return { question: q, answer: a, source: place };
  } catch {
    return null;
  }
}
