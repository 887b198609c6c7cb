import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { QaError } from '../../src/errors.ts';
import { articleToMarkdown, slugOf } from '../../src/knowledge/articleMarkdown.ts';
import { parseArticle } from '../../src/knowledge/parseArticle.ts';
import { parseHtmlArticle } from '../../src/knowledge/parseHtml.ts';
import { languageOfText } from '../../src/lang/detectLanguage.ts';
import type { Article } from '../../src/types.ts';
import { fetchPage, type FetchOptions } from './fetchPage.ts';

/** Options for {@link addArticle}. */
export interface AddOptions {
  /** The knowledge folder the article is written to (created when missing). */
  dir: string;
  /** Replace a file of the same name (default false: refuse). */
  force?: boolean;
  /** Limits for fetching a URL (see {@link fetchPage}). */
  fetch?: Partial<FetchOptions>;
}

/** What {@link addArticle} saved. */
export interface AddedArticle {
  title: string;
  paragraphs: number;
  file: string;
  source?: string;
  date?: string;
  language: string;
}

/** The file an article would be written to exists already; `file` names it. */
export class ArticleExistsError extends QaError {
  readonly file: string;

  constructor(file: string) {
    super('ARTICLE_EXISTS', `${file} already exists: pass --force to replace it, or remove it first.`);
    this.file = file;
  }
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Adds an article to a knowledge folder from a web address or a local `.html`, `.md` or `.txt`
 * file: extracts the article and writes `DIR/<slug>.md` with front matter and its paragraphs.
 * Never overwrites a file unless `force`. A running bot picks the file up by hot reload.
 * Throws a {@link QaError} with a message for the user when fetching, reading or writing fails.
 */
export async function addArticle(target: string, { dir, force = false, fetch }: AddOptions): Promise<AddedArticle> {
  const article = URL_LIKE.test(target) ? await articleFromUrl(target, fetch) : await articleFromFile(target);
  await mkdir(dir, { recursive: true });
  const file = path.join(path.resolve(dir), `${slugOf(article.title)}.md`);
  await writeNew(file, articleToMarkdown(article), force);
  return {
    title: article.title,
    paragraphs: article.paragraphs.length,
    file,
    language: article.language ?? 'de',
    ...(article.source ? { source: article.source } : {}),
    ...(article.date ? { date: article.date } : {}),
  };
}

async function articleFromUrl(url: string, options: Partial<FetchOptions> | undefined): Promise<Article> {
  const page = await fetchPage(url, options);
  if (page.type === 'text/html') return parseHtmlArticle(page.url, page.text, { url: page.url });
  const article = parseArticle('page.txt', new TextEncoder().encode(page.text));
  return { ...article, source: page.url, language: languageOfText(article.paragraphs.join(' ')) };
}

async function articleFromFile(file: string): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new QaError(
      'KNOWLEDGE_UNREADABLE',
      `Cannot read ${file} (${reason}): give a web address (http:// or https://) or a readable .html, .md or .txt file.`,
    );
  }
  return parseArticle(path.basename(file), bytes);
}

/** Writes through a temporary file, so a watching bot never reads half an article; `link` refuses an existing name atomically. */
async function writeNew(file: string, text: string, force: boolean): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  try {
    if (force) await rename(temporary, file);
    else await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ArticleExistsError(file);
    }
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
