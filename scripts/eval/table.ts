import { readFileSync, writeFileSync } from 'node:fs';
import type { ComparisonRow } from './compare.ts';

/**
 * Rewrites the README's retriever table from `npm run eval -- … --retriever all --json`
 * output (a file named on the command line, or standard input), between the two markers.
 */
const START = '<!-- retriever-table:start (npm run eval:table) -->';
const END = '<!-- retriever-table:end -->';
const README = new URL('../../README.md', import.meta.url);

const input = readFileSync(process.argv[2] ?? 0, 'utf8');
const lines = input.split('\n').filter((line) => line.trim().startsWith('{'));
const report = lines.length > 0 ? (JSON.parse(lines.at(-1)!) as { retrievers?: ComparisonRow[]; questions?: number; articles?: number }) : {};
if (!Array.isArray(report.retrievers)) {
  process.stderr.write('eval:table reads the output of npm run eval -- FILE.json --retriever all --json (a file, or standard input)\n');
  process.exit(2);
}
const byRetriever = new Map<string, Partial<Record<'de' | 'en', ComparisonRow>>>();
for (const row of report.retrievers) byRetriever.set(row.name, { ...byRetriever.get(row.name), [row.language]: row });
const figures = (row: ComparisonRow | undefined) => (row ? [row.paragraphAt1.toFixed(3), row.answerInSentence.toFixed(3)] : ['–', '–']);
const table = [
  `| retriever | German questions: right paragraph @1 | German: answer in sentence | English questions: right paragraph @1 | English: answer in sentence |`,
  `|---|---|---|---|---|`,
  ...[...byRetriever].map(([name, rows]) => {
    const bold = (cell: string) => (rows.de?.retriever === 'engine' || rows.en?.retriever === 'engine' ? `**${cell}**` : cell);
    return `| ${[name, ...figures(rows.de), ...figures(rows.en)].map(bold).join(' | ')} |`;
  }),
].join('\n');
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  process.stderr.write(`README.md lacks the markers ${START} … ${END}\n`);
  process.exit(1);
}
writeFileSync(README, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
process.stdout.write(`README.md: retriever table rewritten (${report.retrievers.length} rows over ${report.questions} questions)\n`);
