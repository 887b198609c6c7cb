import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { QaError } from '../../src/errors.ts';
import { ARTICLE_FILE, decodeText, parseTextArticle } from '../../src/knowledge/parseText.ts';
import { parseSynonyms } from '../../src/knowledge/parseSynonyms.ts';
import type { Logger } from 'pino';
import type { Article, Knowledge } from '../../src/types.ts';
import { loadLexicon } from './loadLexicon.ts';
import { projectPath } from './projectPath.ts';

/** The bundled knowledge folder, found from this file so any working directory works. */
export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge/');

/** The file in a knowledge folder that holds the operator's synonyms, not an article. */
export const SYNONYMS_FILE = 'synonyms.txt';

/** Knowledge as loaded from a folder, with the web pages it left out and why. */
export interface LoadedKnowledge extends Knowledge {
  /** One message per `.html` file that holds no article; the other articles load without it. */
  skipped: string[];
}

/** Options for {@link loadKnowledge}. */
export interface LoadOptions {
  /**
   * Called for an article file that is unreadable, empty or binary, instead of throwing: the
   * article it returns stands in for the file (say, its last good version), or none when it
   * returns undefined. Unset (the default), such a file stops the load.
   */
  onBadFile?: (name: string, error: QaError) => Article | undefined;
}

/**
 * Reads every `.txt`, `.md`, `.html` and `.htm` article in a folder (in name order) and its
 * `synonyms.txt`, with the committed lexicons (read once per process). A web page without a
 * recognisable article is left out and named in `skipped` (a saved front page should not take
 * the other articles down). Throws a {@link QaError} naming the folder or file when the folder
 * is missing or holds no article, or a file is unreadable, empty or binary (unless `onBadFile`
 * takes it).
 */
export async function loadKnowledge(dir: string, { onBadFile }: LoadOptions = {}): Promise<LoadedKnowledge> {
  const folder = path.resolve(dir);
  const entries = await listFolder(folder);
  const articleFiles = entries.filter((name) => ARTICLE_FILE.test(name) && name.toLowerCase() !== SYNONYMS_FILE).sort();
  const parse = await readersFor(articleFiles);
  const articles: Article[] = [];
  const skipped: string[] = [];
  for (const name of articleFiles) {
    try {
      articles.push(parse(name, await readBytes(path.join(folder, name))));
    } catch (error) {
      if (error instanceof QaError && error.code === 'KNOWLEDGE_NO_ARTICLE') {
        skipped.push(error.message);
        continue;
      }
      if (!onBadFile || !(error instanceof QaError)) throw error;
      const standIn = onBadFile(name, error);
      if (standIn) articles.push(standIn);
    }
  }
  if (articles.length === 0) {
    const why = skipped.length > 0 ? ` (${skipped.join(' ')})` : '';
    throw new QaError(
      'KNOWLEDGE_EMPTY',
      `No articles in ${folder}${why}: add at least one .txt, .md or .html article, or point KNOWLEDGE_DIR at a folder that has them.`,
    );
  }
  const synonymsName = entries.find((name) => name.toLowerCase() === SYNONYMS_FILE);
  const synonyms = synonymsName ? parseSynonyms(synonymsName, new TextDecoder().decode(await readBytes(path.join(folder, synonymsName)))) : [];
  return { articles, synonyms, lexicon: loadLexicon(), skipped };
}

/** Reads one article file. */
type ArticleReader = (fileName: string, bytes: Uint8Array) => Article;

/**
 * The readers a folder needs, by extension. The Markdown and HTML readers' libraries take
 * about half a second each to load, so they load only when a folder has such files: a folder
 * of `.txt` files never waits for them, one of `.md` files not for the HTML reader.
 */
async function readersFor(fileNames: readonly string[]): Promise<ArticleReader> {
  const markdown = fileNames.some((name) => /\.md$/i.test(name))
    ? (await import('../../src/knowledge/parseMarkdownArticle.ts')).parseMarkdownArticle
    : undefined;
  const html = fileNames.some((name) => /\.html?$/i.test(name)) ? (await import('../../src/knowledge/parseHtml.ts')).parseHtmlArticle : undefined;
  return (fileName, bytes) => {
    if (html && /\.html?$/i.test(fileName)) return html(fileName, decodeText(fileName, bytes));
    if (markdown && /\.md$/i.test(fileName)) return markdown(fileName, bytes);
    return parseTextArticle(fileName, bytes);
  };
}

/** Loads the Markdown and HTML readers ahead of need: a watching bot calls it at start, so the first `.html` or `.md` dropped in is live as fast as the next. */
export async function loadReaders(): Promise<void> {
  await readersFor(['.md', '.html']);
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
    throw new QaError(
      'KNOWLEDGE_MISSING',
      `Knowledge folder ${folder} does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md/.html articles.`,
    );
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
