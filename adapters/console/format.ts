import { formatSource, message } from '../../src/messages.ts';
import type { Answer } from '../../src/types.ts';

/** The console's reply: the short answer, then the quoted sentence and where it stands. */
export function formatConsoleAnswer(answer: Answer): string {
  if (!answer.answered || !answer.passage || !answer.source) return answer.answer;
  const lines = [answer.answer];
  if (answer.answer !== answer.passage) lines.push(`  „${answer.passage}“`);
  lines.push(`  — ${formatSource(answer.language, answer.source)} (${message(answer.language, 'confidence')} ${Math.round(answer.score * 100)} %)`);
  return lines.join('\n');
}

/** One line of `--json` output for a question. */
export function formatJsonAnswer(question: string, answer: Answer): string {
  const { answered, answer: text, passage, source, score } = answer;
  return JSON.stringify({ question, answered, answer: text, passage, source, score: Number(score.toFixed(3)) });
}
