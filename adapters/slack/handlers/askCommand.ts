import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { NoticeKey } from '../guard.ts';
import { formatSlackNotice } from '../format.ts';
import { commandKey, replyToQuestion, type SlackDeps } from '../question.ts';
import { slackTextToPlain } from '../slackText.ts';
import { languageOfText } from '../../../src/lang/detectLanguage.ts';
import { slackWord } from '../words.ts';

type CommandArgs = Pick<SlackCommandMiddlewareArgs, 'command' | 'respond'>;

/** `/ask <question>`: answered ephemerally through `respond()` (the guard has acked already), read against the user's recent `/ask` questions in the channel; empty text gets usage. */
export function askCommand(deps: SlackDeps) {
  return async ({ command, respond }: CommandArgs): Promise<void> => {
    const question = slackTextToPlain(command.text);
    if (question === '') {
      const usage = `${slackWord('de', 'usage')}\n${slackWord('en', 'usage')}`;
      await respond({ response_type: 'ephemeral', ...formatSlackNotice(usage) });
      return;
    }
    const reply = replyToQuestion(
      deps,
      question,
      command.user_id,
      { echo: 'you', share: true },
      { store: deps.commands, key: commandKey(command.channel_id, command.user_id) },
    );
    await respond({ response_type: 'ephemeral', ...reply.message });
  };
}

/** Notices for `/ask` go back ephemerally through the command's `response_url`. */
export async function notifyCommand({ command, respond }: CommandArgs, key: NoticeKey): Promise<void> {
  await respond({ response_type: 'ephemeral', text: slackWord(languageOfText(command.text), key) });
}
