import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import { addFromChat, addWord, type ChatAddSetup } from '../../common/addFromChat.ts';
import { languageOfText } from '../../../src/lang/detectLanguage.ts';
import { formatSlackNotice } from '../format.ts';
import { escapeAndClip } from '../slackText.ts';

type CommandArgs = Pick<SlackCommandMiddlewareArgs, 'command' | 'respond'>;

/** Who may add articles and where they go; unset, `/add-article` is refused for everyone. */
export interface SlackAddSetup extends ChatAddSetup {
  /** Slack user ids (`ADMIN_USER_IDS`) allowed to add articles. */
  admins: readonly string[];
}

/** Slack sends a pasted address as `<https://…>` or `<https://…|label>`, with `&`, `<`, `>` escaped; anything else is taken as typed. */
function addressOf(text: string): string {
  const trimmed = text.trim();
  const target = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(trimmed)?.[1] ?? trimmed;
  return target.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * `/add-article <url>`: for users in `ADMIN_USER_IDS`, fetches and adds the article and says
 * what was added; everyone else gets a polite refusal. Replies only the user sees, through
 * `respond()` (the guard has acked already, so the fetch may take its full timeout).
 */
export function addArticleCommand(setup: SlackAddSetup | undefined, logger: Logger) {
  return async ({ command, respond }: CommandArgs): Promise<void> => {
    const url = addressOf(command.text);
    const language = languageOfText(command.text);
    const reply = (text: string) => respond({ response_type: 'ephemeral', ...formatSlackNotice(escapeAndClip(text, 2900)) });
    if (!setup || !setup.admins.includes(command.user_id)) return void (await reply(addWord(language, 'notAllowedSlack')));
    if (url === '') return void (await reply(addWord(language, 'usage')));
    const result = await addFromChat(url, setup, logger, { platform: 'slack', user: command.user_id, language });
    await reply(result.text);
  };
}
