import { QaError } from '../errors.ts';
import type { Article } from '../types.ts';
import { articleId } from './articleId.ts';
import type { FrontMatter } from './parseMarkdown.ts';

/** The file names the knowledge folder reads as articles. */
export const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/**
 * Reads a plain-text (`.txt`) article: the first non-empty line (without a leading `# `) is
 * the title; paragraphs are separated by blank lines, and a text without blank lines has one
 * paragraph per line. Kept apart from `parseArticle`'s Markdown and HTML readers, whose
 * libraries take a while to load, so a folder of text files starts fast.
 */
export function parseTextArticle(fileName: string, bytes: Uint8Array): Article {
  const lines = decodeText(fileName, bytes).split(/\r?\n/).map((line) => line.trim());
  const titleIndex = lines.findIndex((line) => line !== '');
  return articleOf(fileName, {}, lines[titleIndex]?.replace(/^#\s+/, ''), splitParagraphs(lines.slice(titleIndex + 1)));
}

/** An article from its parts; throws a {@link QaError} naming the file when it has no title or no paragraphs. */
export function articleOf(fileName: string, meta: FrontMatter, title: string | undefined, paragraphs: string[]): Article {
  if (title === undefined) {
    throw new QaError('KNOWLEDGE_EMPTY_FILE', `${fileName} has no text: write a title line and at least one paragraph, or remove the file.`);
  }
  if (paragraphs.length === 0) {
    throw new QaError('KNOWLEDGE_EMPTY_FILE', `${fileName} has a title but no paragraphs: add the article's text below the title.`);
  }
  return {
    id: articleId(fileName),
    title,
    paragraphs,
    language: meta.language ?? 'de',
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.byline ? { byline: meta.byline } : {}),
  };
}

/** A file's text: UTF-8 without a byte-order mark; throws a {@link QaError} naming the file when it is binary or not UTF-8. */
export function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new QaError('KNOWLEDGE_BINARY', `${fileName} looks binary (it contains NUL bytes): knowledge files must be UTF-8 text (.txt, .md or .html).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new QaError('KNOWLEDGE_BINARY', `${fileName} is not valid UTF-8: save it as UTF-8 text.`);
  }
}

function splitParagraphs(lines: string[]): string[] {
  const hasBlankSeparator = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks = hasBlankSeparator ? lines.join('\n').split(/\n\s*\n/) : lines;
  return blocks
    .map((block) => block.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter((block) => block !== '');
}
