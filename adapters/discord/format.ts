import { formatSource, message, quotation } from '../../src/messages.ts';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer, ArticleSummary, ReplyLanguage, Suggestion } from '../../src/types.ts';
import { sourceLink } from '../common/sourceLink.ts';
import { breakMentions, escapeToFit } from './escape.ts';
import { discordWording } from './wording.ts';

/** Discord's limit on a message's content, in characters. */
export const DISCORD_CONTENT_LIMIT = 2000;

/** Options for {@link formatDiscordAnswer}. */
export interface DiscordAnswerOptions {
  /** The question, shown (at most 300 characters) above the answer; omitted when unset. */
  question?: string;
  /** Who asked, named above a shared answer ("Ada fragte: …"); plain text. */
  askedBy?: string;
  /** The answer is private (ephemeral): offer "Im Kanal teilen" (default false). */
  private?: boolean;
}

/** Discord's limits on an embed's parts, in characters. */
export const EMBED_LIMITS = { title: 256, description: 4096, footer: 2048, author: 256, total: 6000 } as const;
/** Discord's limit on buttons per row. */
export const BUTTONS_PER_ROW = 5;

/** The ids of the buttons under an answer; a suggestion's id ends in its number (0-based). */
export const BUTTON_IDS = { helpful: 'answer:up', unhelpful: 'answer:down', share: 'answer:share', suggestion: 'answer:suggestion:' } as const;

/** An answer as Discord shows it: one embed and its buttons. */
export interface DiscordAnswerMessage {
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
}

/** How much of each passage an unsure reply quotes. */
const SUGGESTION_MAX = 300;
/** How much of a question is shown above its answer. */
const QUESTION_MAX = 300;
/** Embed colours by what the reply is: an answer, "not sure", or a plain message. */
const COLOURS = { answered: 0x2e7d32, unsure: 0xf9a825, declined: 0x78909c } as const;

/**
 * A Discord embed for an answer: the title is the short answer when the engine vouches for
 * one (`span`) or "not sure"; the description leads with how a follow-up was understood
 * (small print), then the quoted sentence, or for an unsure reply the closest passages each
 * cut short with its source; the footer names source and confidence. Buttons: 👍/👎 under
 * every rated reply, "Im Kanal teilen" under a private answer, and one per suggestion.
 * Markdown text from users or articles is escaped and every part is cut to Discord's
 * limits; embeds never ping.
 */
export function formatDiscordAnswer(answer: Answer, { question, askedBy, private: isPrivate = false }: DiscordAnswerOptions = {}): DiscordAnswerMessage {
  const { language } = answer;
  const embed: APIEmbed = { color: answer.answered ? COLOURS.answered : answer.reason === 'unsure' ? COLOURS.unsure : COLOURS.declined };
  if (question !== undefined) {
    const label = askedBy ? discordWording(language, 'askedBy', { user: askedBy }) : discordWording(language, 'question');
    embed.author = { name: clipPlain(`${label}: ${clipPlain(question, QUESTION_MAX)}`, EMBED_LIMITS.author) };
  }
  const lines = answer.resolvedQuestion ? [`-# ${message(language, 'understood', { question: escapeToFit(answer.resolvedQuestion, QUESTION_MAX) })}`] : [];
  if (answer.reason === 'unsure') {
    embed.title = escapeToFit(answer.answer, EMBED_LIMITS.title);
    answer.suggestions.forEach((suggestion, i) =>
      lines.push(
        `**${i + 1}.** ${escapeToFit(quotation(suggestion), SUGGESTION_MAX)}`,
        `-# ${escapeToFit(formatSource(language, suggestion.source), QUESTION_MAX)}`,
      ),
    );
  } else if (answer.answered && answer.passage && answer.source) {
    if (answer.span) embed.title = escapeToFit(answer.answer, EMBED_LIMITS.title);
    const used = lines.reduce((total, line) => total + line.length + 1, 0);
    lines.push(`> ${escapeToFit(quotation({ passage: answer.passage, context: answer.context }), EMBED_LIMITS.description - used - 2)}`);
    const confidence = `${message(language, 'confidence')} ${Math.round(answer.score * 100)} %`;
    embed.footer = { text: clipPlain(`${formatSource(language, answer.source)} · ${confidence}`, EMBED_LIMITS.footer) };
    const url = sourceLink(answer.source);
    if (url && url.length <= LINK_MAX) embed.url = url;
  } else {
    lines.push(escapeToFit(answer.answer, EMBED_LIMITS.description));
  }
  embed.description = lines.join('\n').slice(0, EMBED_LIMITS.description);
  return { embeds: [embed], components: buttonsFor(answer, isPrivate) };
}

/** A passage shown as the answer, when a suggestion's button is clicked: the quote and its source, no confidence. */
export function formatDiscordPassage(suggestion: Suggestion, language: ReplyLanguage): DiscordAnswerMessage {
  const embed: APIEmbed = {
    color: COLOURS.answered,
    description: `> ${escapeToFit(quotation(suggestion), EMBED_LIMITS.description - 2)}`,
    footer: { text: clipPlain(formatSource(language, suggestion.source), EMBED_LIMITS.footer) },
  };
  return { embeds: [embed], components: [] };
}

function buttonsFor(answer: Answer, isPrivate: boolean): Array<APIActionRowComponent<APIButtonComponent>> {
  const { language } = answer;
  if (!answer.answered && answer.reason !== 'unsure' && answer.reason !== 'not-found') return [];
  const button = (custom_id: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id,
    label,
    style,
  });
  const rows: Array<APIActionRowComponent<APIButtonComponent>> = [];
  const feedback = [button(BUTTON_IDS.helpful, discordWording(language, 'helpful')), button(BUTTON_IDS.unhelpful, discordWording(language, 'unhelpful'))];
  if (isPrivate && answer.answered) feedback.push(button(BUTTON_IDS.share, discordWording(language, 'share'), ButtonStyle.Primary));
  rows.push({ type: ComponentType.ActionRow, components: feedback });
  if (answer.reason === 'unsure' && answer.suggestions.length > 0) {
    const suggestions = answer.suggestions
      .slice(0, BUTTONS_PER_ROW)
      .map((_, i) => button(`${BUTTON_IDS.suggestion}${i}`, discordWording(language, 'showPassage', { number: i + 1 })));
    rows.push({ type: ComponentType.ActionRow, components: suggestions });
  }
  return rows;
}

/** Plain text (author, footer: no Markdown there) on one line, mentions broken, cut to `max` characters with a trailing `…`. */
function clipPlain(text: string, max: number): string {
  const line = breakMentions(text.replace(/\s+/g, ' ').trim());
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
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
