import type { Logger } from 'pino';
import type { ConversationContext } from '../../src/question/followUp.ts';
import type { Answer } from '../../src/types.ts';
import type { LiveEngine } from './liveEngine.ts';

/** Where a question came from, for the log line. */
export interface QuestionContext {
  platform: 'console' | 'discord' | 'slack';
  /** Platform user id; logged, never a name. */
  user?: string;
}

/**
 * Asks the current engine and writes one log line per question: platform, latency,
 * answered and score (and whether it was read as a follow-up). The question text is logged only at debug level.
 */
export function answerQuestion(live: LiveEngine, logger: Logger, question: string, context: QuestionContext, conversation?: ConversationContext): Answer {
  const started = performance.now();
  const answer = live.current().ask(question, conversation);
  const latencyMs = Number((performance.now() - started).toFixed(2));
  const fields = {
    event: 'question',
    platform: context.platform,
    user: context.user,
    latencyMs,
    answered: answer.answered,
    reason: answer.reason,
    score: Number(answer.score.toFixed(3)),
    followUp: answer.resolvedQuestion !== undefined,
  };
  if (logger.isLevelEnabled('debug'))
    logger.debug({ ...fields, question, resolvedQuestion: answer.resolvedQuestion, answer: answer.answer }, 'question answered');
  else logger.info(fields, 'question answered');
  return answer;
}
