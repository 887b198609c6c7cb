import type { BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeFeedbackValue, decodeSuggestionValue } from '../actions.ts';
import { formatSlackAnswer, formatSlackPassage } from '../format.ts';
import type { NoticeKey } from '../guard.ts';
import type { SlackDeps } from '../question.ts';
import { languageOfText } from '../../../src/lang/detectLanguage.ts';
import { slackWord } from '../words.ts';

type ButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, 'action' | 'body' | 'respond'>;

/**
 * "Share in channel" under an ephemeral /ask answer: posts the answer to the channel, naming
 * who asked, then removes the ephemeral copy. The question is answered again by the current
 * engine (the button carries only the question); it is not a new question, so it is not
 * rate limited or logged as one.
 */
export function shareHandler(deps: SlackDeps) {
  return async ({ action, body, respond }: ButtonArgs): Promise<void> => {
    const question = action.value ?? '';
    const answer = deps.live.current().ask(question);
    await respond({ response_type: 'in_channel', replace_original: false, ...formatSlackAnswer(answer, { question, echo: { user: body.user.id } }) });
    await respond({ delete_original: true });
    deps.logger.info({ event: 'answer-shared', platform: 'slack', user: body.user.id }, 'answer shared in channel');
  };
}

/** 👍/👎: one JSON line in the feedback file, then a short ephemeral thanks. */
export function feedbackHandler(deps: SlackDeps, vote: 'up' | 'down') {
  return async ({ action, body, respond }: ButtonArgs): Promise<void> => {
    const value = decodeFeedbackValue(action.value);
    if (!value) {
      deps.logger.warn({ event: 'feedback-unreadable', user: body.user.id }, 'ignored a feedback click this bot did not write');
      return;
    }
    await deps.feedback.record({
      time: new Date().toISOString(),
      platform: 'slack',
      question: value.question,
      answer: value.answer,
      source: value.source,
      vote,
    });
    deps.logger.info({ event: 'feedback', platform: 'slack', vote }, 'feedback recorded');
    await respond({ response_type: 'ephemeral', replace_original: false, text: slackWord(languageOfText(value.question), 'thanks') });
  };
}

/** A suggestion of an unsure reply: shows that passage as the answer, to the one who clicked. */
export function suggestionHandler(deps: SlackDeps) {
  return async ({ action, body, respond }: ButtonArgs): Promise<void> => {
    const value = decodeSuggestionValue(action.value);
    if (!value) {
      deps.logger.warn({ event: 'suggestion-unreadable', user: body.user.id }, 'ignored a suggestion click this bot did not write');
      return;
    }
    await respond({ response_type: 'ephemeral', replace_original: false, ...formatSlackPassage(value) });
  };
}

/** Notices for button clicks go back ephemerally through the click's `response_url`. */
export async function notifyButton({ action, respond }: ButtonArgs, key: NoticeKey): Promise<void> {
  const question = decodeFeedbackValue(action.value)?.question ?? action.value ?? '';
  await respond({ response_type: 'ephemeral', replace_original: false, text: slackWord(languageOfText(question), key) });
}
