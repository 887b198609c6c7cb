import type { Logger } from 'pino';
import { answerQuestion } from '../common/answerQuestion.ts';
import type { LiveEngine } from '../common/liveEngine.ts';
import type { FeedbackLog } from './feedback.ts';
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
}

/** The reply to one question: an answer, or a notice that the user asked too often. */
export type QuestionReply = { kind: 'answer'; message: SlackMessage } | { kind: 'limited'; message: SlackMessage };

/**
 * Checks the user's rate limit, asks the current engine (one log line per question) and
 * formats the answer. `question` is plain text, already taken out of Slack's markup.
 */
export function replyToQuestion(deps: SlackDeps, question: string, user: string, view: Omit<AnswerView, 'question'>): QuestionReply {
  if (!deps.limiter.allow(user)) {
    deps.logger.info({ event: 'rate-limited', platform: 'slack', user }, 'question over the rate limit');
    const { count, windowSeconds } = deps.rateLimit;
    return { kind: 'limited', message: formatSlackNotice(slackWord(languageOfText(question), 'limited', { count, seconds: windowSeconds })) };
  }
  const answer = answerQuestion(deps.live, deps.logger, question, { platform: 'slack', user });
  return { kind: 'answer', message: formatSlackAnswer(answer, { ...view, question }) };
}
