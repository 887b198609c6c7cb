import { appendFile } from 'node:fs/promises';

/** Where an answer a vote is about came from: article and sentence. */
export interface FeedbackSource {
  articleId: string;
  paragraph: number;
  sentence: number;
}

/** One 👍/👎 click as written to the feedback file, from Slack or Discord. */
export interface FeedbackEntry {
  /** ISO 8601 time of the click. */
  time: string;
  platform: 'slack' | 'discord';
  question: string;
  answer: string;
  /** The quoted sentence's place; null for a reply without one ("the article does not say"). */
  source: FeedbackSource | null;
  vote: 'up' | 'down';
}

/** Appends feedback to a file, one JSON line per click. */
export interface FeedbackLog {
  record(entry: FeedbackEntry): Promise<void>;
}

/**
 * A feedback log on `file` (created on the first click), shared by the Slack and Discord
 * bots. Writes run one after another, so lines never interleave; only the fields of
 * {@link FeedbackEntry} are written, never tokens or user ids.
 */
export function createFeedbackLog(file: string): FeedbackLog {
  let queue: Promise<void> = Promise.resolve();
  return {
    record({ time, platform, question, answer, source, vote }) {
      const place = source ? { articleId: source.articleId, paragraph: source.paragraph, sentence: source.sentence } : null;
      const line = `${JSON.stringify({ time, platform, question, answer, source: place, vote })}\n`;
      const write = queue.then(() => appendFile(file, line, 'utf8'));
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
