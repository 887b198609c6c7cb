import { formatSource, message, quotation } from '../../src/messages.ts';
import type { Answer } from '../../src/types.ts';
import { sourceLink } from '../common/sourceLink.ts';

/** How the console shows answers. */
export interface ConsoleFormat {
  /** Set the short answer in bold with terminal escapes (default false: plain text for pipes and files). */
  bold?: boolean;
}

/**
 * The console's reply: the short answer first when the engine vouches for one (`span`),
 * then the quoted sentence and where it stands; an unsure reply lists the closest passages
 * with their sources; a declined question gets the engine's plain message. A follow-up's reply
 * starts with how it was understood ("(Verstanden als: …)"). An article with a web address
 * has it on the line after its source.
 */
export function formatConsoleAnswer(answer: Answer, format: ConsoleFormat = {}): string {
  const reply = formatReply(answer, format);
  return answer.resolvedQuestion ? `(${message(answer.language, 'understood', { question: answer.resolvedQuestion })})\n${reply}` : reply;
}

function formatReply(answer: Answer, { bold = false }: ConsoleFormat): string {
  const { language } = answer;
  if (answer.reason === 'unsure') {
    const suggestions = answer.suggestions.map((suggestion, i) => {
      const link = sourceLink(suggestion.source);
      return `  ${i + 1}. „${quotation(suggestion)}“\n     — ${formatSource(language, suggestion.source)}${link ? `\n       ${link}` : ''}`;
    });
    return [answer.answer, ...suggestions].join('\n');
  }
  if (!answer.answered || !answer.passage || !answer.source) return answer.answer;
  const quoted = quotation({ passage: answer.passage, context: answer.context });
  const lines = answer.span ? [bold ? `\x1b[1m${answer.answer}\x1b[22m` : answer.answer, `  „${quoted}“`] : [`„${quoted}“`];
  lines.push(`  — ${formatSource(language, answer.source)} (${message(language, 'confidence')} ${Math.round(answer.score * 100)} %)`);
  const link = sourceLink(answer.source);
  if (link) lines.push(`    ${link}`);
  return lines.join('\n');
}

/** One line of `--json` output for a question; `resolvedQuestion` is added for a follow-up. */
export function formatJsonAnswer(question: string, answer: Answer): string {
  const { answered, answer: text, span, passage, context, source, score, reason, suggestions, resolvedQuestion } = answer;
  return JSON.stringify({
    question,
    answered,
    answer: text,
    span,
    passage,
    ...(context === undefined ? {} : { context }),
    source,
    score: Number(score.toFixed(3)),
    reason,
    suggestions,
    ...(resolvedQuestion ? { resolvedQuestion } : {}),
  });
}
