import type { types } from '@slack/bolt';
import { formatSource, message, quotation } from '../../src/messages.ts';
import type { Answer } from '../../src/types.ts';
import { sourceLink } from '../common/sourceLink.ts';
import { ACTION_IDS, BUTTON_VALUE_MAX, encodeFeedbackValue, encodeSuggestionValue, type SuggestionValue } from './actions.ts';
import { escapeAndClip, escapeSlack } from './slackText.ts';
import { slackWord } from './words.ts';

/** A message as Slack takes it: Block Kit blocks and a plain `text` for notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** How an answer is shown. */
export interface AnswerView {
  /** The question as the user asked it (plain text; escaped here). */
  question: string;
  /** Repeat the question above the answer: `you` for /ask, whose text Slack does not show; a user id for a shared answer (default none). */
  echo?: 'you' | { user: string };
  /** Offer a "Share in channel" button (default false; only for answered /ask replies). */
  share?: boolean;
}

/** Slack's limit on the text of a section or context element. */
export const SECTION_TEXT_MAX = 3000;
/** Slack's limit on blocks in one message. */
export const BLOCKS_MAX = 50;
/** How much of each passage an unsure reply quotes. */
const SUGGESTION_MAX = 300;
/** How much of a question is repeated back. */
const ECHO_MAX = 300;

/**
 * Formats an engine answer for Slack: the short answer in bold when the engine vouches for
 * one (`span`), the quoted sentence, a context line with source (a link to the article's web
 * address when it has one) and confidence, and 👍/👎 buttons; an unsure reply lists the
 * closest passages with their sources and offers a button per passage. A follow-up says how
 * it was understood ("Verstanden als: …"). Every piece of user or article
 * text is escaped and clipped to Slack's limits, so nothing in it can ping or break a block.
 */
export function formatSlackAnswer(answer: Answer, view: AnswerView): SlackMessage {
  const { language } = answer;
  const blocks: types.KnownBlock[] = [];
  const echo = echoLine(answer, view);
  if (echo) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: echo }] });
  if (answer.resolvedQuestion) {
    const understood = message(language, 'understood', { question: `_${escapeAndClip(oneLine(answer.resolvedQuestion), ECHO_MAX)}_` });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: understood }] });
  }
  if (answer.answered && answer.passage && answer.source) {
    if (answer.span) blocks.push(section(`*${escapeAndClip(answer.answer, SECTION_TEXT_MAX - 2)}*`));
    blocks.push(section(`> ${escapeAndClip(oneLine(quotation({ passage: answer.passage, context: answer.context })), SECTION_TEXT_MAX - 2)}`));
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: sourceLine(answer) }] });
  } else if (answer.reason === 'unsure') {
    blocks.push(section(escapeAndClip(answer.answer, SECTION_TEXT_MAX)));
    for (const suggestion of answer.suggestions) {
      blocks.push(section(`> ${escapeAndClip(oneLine(quotation(suggestion)), SUGGESTION_MAX)}`));
      blocks.push({
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: linked(escapeAndClip(formatSource(language, suggestion.source), SECTION_TEXT_MAX - 1000), sourceLink(suggestion.source)) },
        ],
      });
    }
  } else {
    blocks.push(section(escapeAndClip(answer.answer, SECTION_TEXT_MAX)));
  }
  // Feedback on "not sure" and "the article does not say" shows what is missing; empty or too long questions have nothing to rate.
  if (answer.answered || answer.reason === 'not-found' || answer.reason === 'unsure') {
    const feedback = encodeFeedbackValue({ question: view.question, answer: answer.answer, source: answer.source });
    const buttons: types.Button[] = [];
    // A follow-up is shared as the question it was read as, since the channel lacks its context.
    const shared = answer.resolvedQuestion ?? view.question;
    if (view.share && answer.answered && shared.length <= BUTTON_VALUE_MAX) {
      buttons.push({ type: 'button', action_id: ACTION_IDS.share, text: plain(slackWord(language, 'share')), value: shared, style: 'primary' });
    }
    buttons.push({ type: 'button', action_id: ACTION_IDS.helpful, text: plain(slackWord(language, 'helpful')), value: feedback });
    buttons.push({ type: 'button', action_id: ACTION_IDS.unhelpful, text: plain(slackWord(language, 'unhelpful')), value: feedback });
    blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });
  }
  if (answer.reason === 'unsure') {
    const shows = answer.suggestions.flatMap((suggestion, i): types.Button[] => {
      // The button carries the quote as shown, the sentence before included.
      const value = encodeSuggestionValue({ passage: quotation(suggestion), source: suggestion.source, language });
      return value
        ? [{ type: 'button', action_id: `${ACTION_IDS.suggestion}${i}`, text: plain(slackWord(language, 'showPassage', { number: i + 1 })), value }]
        : [];
    });
    if (shows.length > 0) blocks.push({ type: 'actions', block_id: 'suggestion_actions', elements: shows });
  }
  return { text: fallbackText(answer), blocks };
}

/** A suggested passage shown as the answer, after its button was clicked: the quote and its source. */
export function formatSlackPassage({ passage, source, language }: SuggestionValue): SlackMessage {
  const where = escapeAndClip(formatSource(language, source), SECTION_TEXT_MAX - 200);
  const blocks: types.KnownBlock[] = [
    section(`> ${escapeAndClip(oneLine(passage), SECTION_TEXT_MAX - 2)}`),
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${message(language, 'source')}: ${where}` }] },
  ];
  return { text: escapeAndClip(`„${oneLine(passage)}“ (${formatSource(language, source)})`, SECTION_TEXT_MAX), blocks };
}

/** A short notice (usage, rate limit, apology): one section, same text as the fallback. */
export function formatSlackNotice(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [section(mrkdwn)] };
}

function echoLine(answer: Answer, view: AnswerView): string | null {
  if (!view.echo) return null;
  const question = `_${escapeAndClip(oneLine(view.question), ECHO_MAX)}_`;
  if (view.echo === 'you') return slackWord(answer.language, 'you_asked', { question });
  // Only a real user id becomes a mention; anything else is shown as escaped text.
  const user = /^[UW][A-Z0-9]+$/.test(view.echo.user) ? `<@${view.echo.user}>` : escapeSlack(view.echo.user);
  return slackWord(answer.language, 'asked', { user, question });
}

function sourceLine(answer: Answer): string {
  const where = linked(escapeAndClip(formatSource(answer.language, answer.source!), SECTION_TEXT_MAX - 1200), sourceLink(answer.source));
  return `${message(answer.language, 'source')}: ${where} · ${message(answer.language, 'confidence')} ${Math.round(answer.score * 100)} %`;
}

/** The source text as a Slack link to the article's address, when it has one that fits (a link over 1,000 characters is left out). */
function linked(text: string, link: string | undefined): string {
  return link && link.length <= 1000 ? `<${link}|${text}>` : text;
}

function fallbackText(answer: Answer): string {
  if (!answer.answered || !answer.passage || !answer.source) return escapeAndClip(answer.answer, SECTION_TEXT_MAX);
  const [open, close] = answer.language === 'de' ? ['„', '“'] : ['“', '”'];
  const quote = `${open}${oneLine(quotation({ passage: answer.passage, context: answer.context }))}${close}`;
  return escapeAndClip(`${answer.span ? `${answer.answer} — ` : ''}${quote} (${formatSource(answer.language, answer.source)})`, SECTION_TEXT_MAX);
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
