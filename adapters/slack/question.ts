import type { Logger } from 'pino';
import { answerQuestion } from '../common/answerQuestion.ts';
import type { ContextStore } from '../common/contextStore.ts';
import type { LiveEngine } from '../common/liveEngine.ts';
import { turnOf } from '../../src/question/followUp.ts';
import type { FeedbackLog } from '../common/feedback.ts';
import { formatSlackAnswer, formatSlackNotice, type AnswerView, type SlackMessage } from './format.ts';
import { languageOfText } from '../../src/lang/detectLanguage.ts';
import { slackWord } from './words.ts';

/** What the Slack handlers share. */
export interface SlackDeps {
  live: LiveEngine;
  logger: Logger;
  limiter: { allow(user: string): boolean };
  /** The limit as users read it in the notice. */
  rateLimit: { count: number; windowSeconds: number };
  feedback: FeedbackLog;
  /** Conversations in threads and DMs the bot answered in, by {@link threadKey}; their time to live is `THREAD_FOLLOWUP_HOURS`. */
  threads: ContextStore;
  /** Each user's recent `/ask` questions per channel, by {@link commandKey} (10 minutes). */
  commands: ContextStore;
}

/** The conversation key of a thread (or of a DM without thread). */
export function threadKey(channel: string, threadTs: string | undefined): string {
  return `${channel}:${threadTs ?? ''}`;
}

/** The conversation key of a user's `/ask` questions in a channel. */
export function commandKey(channel: string, user: string): string {
  return `${channel}:${user}`;
}

/** The reply to one question: an answer, or a notice that the user asked too often. */
export type QuestionReply = { kind: 'answer'; message: SlackMessage } | { kind: 'limited'; message: SlackMessage };

/**
 * Checks the user's rate limit, asks the current engine (one log line per question) and
 * formats the answer. `question` is plain text, already taken out of Slack's markup. With a
 * `conversation` (a store and key) the question is read against its turns, and becomes one.
 */
export function replyToQuestion(
  deps: SlackDeps,
  question: string,
  user: string,
  view: Omit<AnswerView, 'question'>,
  conversation?: { store: ContextStore; key: string },
): QuestionReply {
  if (!deps.limiter.allow(user)) {
    deps.logger.info({ event: 'rate-limited', platform: 'slack', user }, 'question over the rate limit');
    const { count, windowSeconds } = deps.rateLimit;
    return { kind: 'limited', message: formatSlackNotice(slackWord(languageOfText(question), 'limited', { count, seconds: windowSeconds })) };
  }
  const context = conversation?.store.get(conversation.key);
  const answer = answerQuestion(deps.live, deps.logger, question, { platform: 'slack', user }, context);
  conversation?.store.add(conversation.key, turnOf(question, answer));
  return { kind: 'answer', message: formatSlackAnswer(answer, { ...view, question }) };
}
