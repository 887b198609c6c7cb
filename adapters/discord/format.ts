import { formatSource, message } from '../../src/messages.ts';
import type { Answer, ArticleSummary, ReplyLanguage } from '../../src/types.ts';
import { sourceLink } from '../common/sourceLink.ts';
import { escapeToFit, escapeUserText } from './escape.ts';
import { discordWording } from './wording.ts';

/** Discord's limit on a message's content, in characters. */
export const DISCORD_CONTENT_LIMIT = 2000;

/** Options for {@link formatDiscordAnswer}. */
export interface DiscordAnswerOptions {
  /** The question, echoed (escaped, at most 300 characters) above the answer; omitted when unset. */
  question?: string;
  /** Longest content in characters (default {@link DISCORD_CONTENT_LIMIT}). */
  limit?: number;
}

/** How much of each passage an unsure reply quotes. */
const SUGGESTION_MAX = 300;

/**
 * A Discord message for an answer: the echoed question, the short answer in bold when the
 * engine vouches for one (`span`), the quoted sentence as a block quote and a line with
 * source and confidence, then the article's web address when it has one; an unsure reply lists the closest passages, each cut short with
 * its source; a declined question gets the engine's plain message. Every text from users
 * or articles is escaped, and the result never exceeds `limit`: the quote is cut first.
 */
export function formatDiscordAnswer(answer: Answer, { question, limit = DISCORD_CONTENT_LIMIT }: DiscordAnswerOptions = {}): string {
  const { language } = answer;
  const head = question === undefined ? [] : [`**${discordWording(language, 'question')}:** ${escapeToFit(question, 300)}`];
  if (answer.reason === 'unsure') {
    const suggestions = answer.suggestions.map((suggestion) => `> ${escapeToFit(suggestion.passage, SUGGESTION_MAX)}\n— ${escapeToFit(formatSource(language, suggestion.source), 300)}`);
    return fit([...head, escapeUserText(answer.answer), ...suggestions], limit);
  }
  if (!answer.answered || !answer.passage || !answer.source) return fit([...head, escapeUserText(answer.answer)], limit);
  const confidence = `${message(language, 'confidence')} ${Math.round(answer.score * 100)} %`;
  const lines = [...head];
  if (answer.span) lines.push(`**${escapeToFit(answer.answer, 300)}**`);
  const sourceLine = `— ${escapeToFit(formatSource(language, answer.source), 300)} (${confidence})`;
  const link = linkLine(answer.source);
  const used = [...lines, sourceLine, ...link].reduce((total, line) => total + line.length + 1, 0);
  lines.push(`> ${escapeToFit(answer.passage, Math.max(1, limit - used - 2))}`, sourceLine, ...link);
  return fit(lines, limit);
}

/** The reply to `/sources`: each article's title, paragraph count and web address, as many as fit in `limit`. */
export function formatDiscordSources(articles: readonly ArticleSummary[], language: ReplyLanguage, limit = DISCORD_CONTENT_LIMIT): string {
  const lines = [`**${discordWording(language, 'articles', { count: articles.length })}**`];
  let length = lines[0]!.length;
  for (const [index, article] of articles.entries()) {
    const url = sourceLink(article);
    const line = `${index + 1}. ${escapeToFit(article.title, 300)} — ${discordWording(language, 'paragraphs', { count: article.paragraphs })}${url && url.length <= LINK_MAX ? ` <${url}>` : ''}`;
    const rest = articles.length - index - 1;
    const reserve = rest > 0 ? discordWording(language, 'more', { count: rest }).length + 1 : 0;
    if (length + 1 + line.length + reserve > limit) {
      lines.push(discordWording(language, 'more', { count: articles.length - index }));
      break;
    }
    lines.push(line);
    length += 1 + line.length;
  }
  return lines.join('\n');
}

/** Longest article address shown; a longer one is left out rather than cut, since a cut link leads nowhere. */
const LINK_MAX = 500;

/** The article's address on a line of its own, in `<>` so Discord shows no preview. */
function linkLine(source: Answer['source']): string[] {
  const url = sourceLink(source);
  return url && url.length <= LINK_MAX ? [`<${url}>`] : [];
}

function fit(lines: string[], limit: number): string {
  const text = lines.join('\n');
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
