import path from 'node:path';
import type { Logger } from 'pino';
import { QaError } from '../../src/errors.ts';
import { wordsFrom } from '../../src/messages.ts';
import type { ReplyLanguage } from '../../src/types.ts';
import type { AddedArticle } from './addArticle.ts';
import type { FetchOptions } from './fetchPage.ts';

/** Where articles added from chat go and how they are fetched; unset, chat cannot add articles. */
export interface ChatAddSetup {
  /** The knowledge folder the bot watches. */
  dir: string;
  /** Fetch limits; `allowPrivate` is `ALLOW_PRIVATE_URLS` (default false: private, loopback and link-local addresses are refused). */
  fetch?: Partial<FetchOptions>;
}

/** What the bots say around adding an article, the same on Discord and Slack; `{url}` etc. are filled in plain and escaped by the adapter. */
export const ADD_WORDING = {
  de: {
    notAllowedDiscord: 'Artikel hinzufügen dürfen nur Mitglieder mit der Berechtigung „Server verwalten“. Frag gern jemanden aus dem Team.',
    notAllowedSlack: 'Artikel hinzufügen dürfen nur die Admins dieses Bots. Frag gern jemanden aus dem Team.',
    usage: 'So geht es: /add-article mit der Adresse eines Artikels, z. B. /add-article https://example.org/artikel.html',
    added: 'Hinzugefügt: „{title}“ ({paragraphs} Absätze) als {file}. Fragen dazu gehen in etwa einer Sekunde.',
    exists: 'Diesen Artikel gibt es schon ({file}); ich habe nichts überschrieben.',
    failed: 'Konnte den Artikel nicht hinzufügen: {reason}',
  },
  en: {
    notAllowedDiscord: 'Only members with the Manage Server permission may add articles. Please ask someone on the team.',
    notAllowedSlack: "Only this bot's admins may add articles. Please ask someone on the team.",
    usage: 'Usage: /add-article with the address of an article, e.g. /add-article https://example.org/article.html',
    added: 'Added "{title}" ({paragraphs} paragraphs) as {file}. Questions about it work in about a second.',
    exists: 'That article is already there ({file}); nothing was overwritten.',
    failed: 'Could not add the article: {reason}',
  },
} as const;

/** A look-up in {@link ADD_WORDING}. */
export const addWord = wordsFrom(ADD_WORDING);

/** The reply to an admin's add request, in plain text. */
export interface ChatAddReply {
  ok: boolean;
  text: string;
  added?: AddedArticle;
}

/**
 * Adds the article at `url` to the watched folder for a chat admin (never overwriting) and
 * words the reply; every failure becomes a reply, never a throw. The hot reload makes it live.
 */
export async function addFromChat(
  url: string,
  setup: ChatAddSetup,
  logger: Logger,
  context: { platform: 'discord' | 'slack'; user: string; language: ReplyLanguage },
): Promise<ChatAddReply> {
  const { language } = context;
  try {
    // Loaded on first use: the HTML and Markdown libraries are not needed to answer questions.
    const { addArticle } = await import('./addArticle.ts');
    const added = await addArticle(url, { dir: setup.dir, fetch: setup.fetch });
    logger.info(
      { event: 'article-added', platform: context.platform, user: context.user, file: added.file, paragraphs: added.paragraphs },
      'article added from chat',
    );
    return { ok: true, added, text: addWord(language, 'added', { title: added.title, paragraphs: added.paragraphs, file: path.basename(added.file) }) };
  } catch (error) {
    const reason = error instanceof QaError ? error.message : 'an unexpected error; the log has the details.';
    logger.warn(
      {
        event: 'article-add-failed',
        platform: context.platform,
        user: context.user,
        code: error instanceof QaError ? error.code : undefined,
        reason: error instanceof Error ? error.message : String(error),
      },
      'adding an article from chat failed',
    );
    if (error instanceof QaError && 'file' in error && typeof error.file === 'string') {
      return { ok: false, text: addWord(language, 'exists', { file: path.basename(error.file) }) };
    }
    return { ok: false, text: addWord(language, 'failed', { reason }) };
  }
}
