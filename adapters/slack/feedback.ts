import { appendFile } from 'node:fs/promises';

/** One 👍/👎 click as written to the feedback file. */
export interface FeedbackEntry {
  /** ISO 8601 time of the click. */
  time: string;
  question: string;
  answer: string;
  vote: 'up' | 'down';
}

/** Appends feedback to a file, one JSON line per click. */
export interface FeedbackLog {
  record(entry: FeedbackEntry): Promise<void>;
}

/**
 * A feedback log on `file` (created on the first click). Writes run one after another, so
 * lines never interleave; only the four fields of {@link FeedbackEntry} are written, never
 * tokens or user ids.
 */
export function createFeedbackLog(file: string): FeedbackLog {
  let queue: Promise<void> = Promise.resolve();
  return {
    record({ time, question, answer, vote }) {
      const line = `${JSON.stringify({ time, question, answer, vote })}\n`;
      const write = queue.then(() => appendFile(file, line, 'utf8'));
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
