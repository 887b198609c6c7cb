import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QaError } from '../../src/errors.ts';
import { ARTICLE_FILE, parseTextArticle } from '../../src/knowledge/parseText.ts';
import { parseSynonyms } from '../../src/knowledge/parseSynonyms.ts';
import type { Logger } from 'pino';
import type { Article, Knowledge } from '../../src/types.ts';
import { loadLexicon } from './loadLexicon.ts';

/** The bundled knowledge folder, found from this file so any working directory works. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** The file in a knowledge folder that holds the operator's synonyms, not an article. */
export const SYNONYMS_FILE = 'synonyms.txt';

/** Knowledge as loaded from a folder, with the web pages it left out and why. */
export interface LoadedKnowledge extends Knowledge {
  /** One message per `.html` file that holds no article; the other articles load without it. */
  skipped: string[];
}

/**
 * Reads every `.txt`, `.md`, `.html` and `.htm` article in a folder (in name order) and its
 * `synonyms.txt`, with the committed lexicons (read once per process). A web page without a
 * recognisable article is left out and named in `skipped` (a saved front page should not take
 * the other articles down). Throws a {@link QaError} naming the folder or file when the folder
 * is missing or holds no article, or a file is unreadable, empty or binary.
 */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  const folder = path.resolve(dir);
  const entries = await listFolder(folder);
  const articleFiles = entries.filter((name) => ARTICLE_FILE.test(name) && name.toLowerCase() !== SYNONYMS_FILE).sort();
  const parse = articleFiles.some((name) => !/\.txt$/i.test(name)) ? await loadReaders() : parseTextArticle;
  const articles: Article[] = [];
  const skipped: string[] = [];
  for (const name of articleFiles) {
    try {
      articles.push(parse(name, await readBytes(path.join(folder, name))));
    } catch (error) {
      if (!(error instanceof QaError && error.code === 'KNOWLEDGE_NO_ARTICLE')) throw error;
      skipped.push(error.message);
    }
  }
  if (articles.length === 0) {
    const why = skipped.length > 0 ? ` (${skipped.join(' ')})` : '';
    throw new QaError('KNOWLEDGE_EMPTY', `No articles in ${folder}${why}: add at least one .txt, .md or .html article, or point KNOWLEDGE_DIR at a folder that has them.`);
  }
  const synonymsName = entries.find((name) => name.toLowerCase() === SYNONYMS_FILE);
  const synonyms = synonymsName ? parseSynonyms(synonymsName, new TextDecoder().decode(await readBytes(path.join(folder, synonymsName)))) : [];
  return { articles, synonyms, lexicon: loadLexicon(), skipped };
}

/**
 * Loads the Markdown and HTML readers (their libraries take about half a second, so a folder
 * of `.txt` files never waits for them). A watching bot calls it early, so the first `.html`
 * dropped in is live as fast as the next.
 */
export async function loadReaders(): Promise<(fileName: string, bytes: Uint8Array) => Article> {
  return (await import('../../src/knowledge/parseArticle.ts')).parseArticle;
}

/** Logs each web page {@link loadKnowledge} left out, so an operator sees why it is not answered from. */
export function warnSkipped(logger: Logger, { skipped }: LoadedKnowledge): void {
  for (const reason of skipped) logger.warn({ event: 'knowledge-file-skipped', reason }, 'knowledge file left out');
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    return await readdir(folder);
  } catch {
    throw new QaError('KNOWLEDGE_MISSING', `Knowledge folder ${folder} does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md/.html articles.`);
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new QaError('KNOWLEDGE_UNREADABLE', `Cannot read ${file} (${reason}): check that it is a readable file.`);
  }
}
