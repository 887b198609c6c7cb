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
}

/**
 * Packs question and answer into a button value of at most {@link BUTTON_VALUE_MAX}
 * characters, shortening the question first and then the answer when they do not fit.
 */
export function encodeFeedbackValue({ question, answer }: FeedbackValue): string {
  let q = Array.from(question).slice(0, 1000);
  let a = Array.from(answer).slice(0, 600);
  let value = JSON.stringify({ q: q.join(''), a: a.join('') });
  // JSON escapes can make a character several long, so shrink until it fits.
  while (value.length > BUTTON_VALUE_MAX) {
    if (q.length > 0) q = q.slice(0, Math.floor(q.length / 2));
    else a = a.slice(0, Math.floor(a.length / 2));
    value = JSON.stringify({ q: q.join(''), a: a.join('') });
  }
  return value;
}

/** Reads a 👍/👎 button value; null when it is not one this bot wrote. */
export function decodeFeedbackValue(value: string | undefined): FeedbackValue | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { q, a } = parsed as Record<string, unknown>;
    return typeof q === 'string' && typeof a === 'string' ? { question: q, answer: a } : null;
  } catch {
    return null;
  }
}
