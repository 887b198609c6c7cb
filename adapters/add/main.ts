import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { addArticle } from '../common/addArticle.ts';
import { baseConfigSchema, readConfig } from '../common/config.ts';
import { describeCliError } from '../common/cliError.ts';

const USAGE = `Usage: npm run add -- <url-or-file> [--knowledge DIR] [--force]
  <url-or-file>     an http(s) address of a news page, or a saved .html, .md or .txt file
  --knowledge DIR   the folder to write DIR/<slug>.md to (default: KNOWLEDGE_DIR or knowledge/)
  --force           replace a file of the same name`;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { knowledge: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`Give exactly one web address or file to add.\n${USAGE}\n`);
    process.exitCode = 1;
    return;
  }
  const settings = readConfig(baseConfigSchema, process.env);
  // The operator runs this on their own machine, so addresses on it or its network are theirs to add.
  const added = await addArticle(positionals[0]!, { dir: values.knowledge ?? settings.KNOWLEDGE_DIR, force: values.force, fetch: { allowPrivate: true } });
  const lines = [`Added "${added.title}": ${added.paragraphs} paragraph(s), ${added.file}`];
  if (added.source) lines.push(`  source: ${added.source}`);
  if (added.date) lines.push(`  date: ${added.date}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeCliError(error, USAGE)}\n`);
  process.exitCode = 1;
});
