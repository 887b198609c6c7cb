import type { Article } from '../types.ts';
import { parseHtmlArticle } from './parseHtml.ts';
import { parseMarkdownArticle } from './parseMarkdownArticle.ts';
import { decodeText, parseTextArticle } from './parseText.ts';

/**
 * Turns one knowledge file's bytes into an article, by its extension: `.html`/`.htm` with
 * {@link parseHtmlArticle}, `.md` with {@link parseMarkdownArticle}, anything else as plain
 * text with {@link parseTextArticle}. Throws a `QaError` naming the file when it is binary,
 * not UTF-8, has no text, or (HTML) no article.
 */
export function parseArticle(fileName: string, bytes: Uint8Array): Article {
  if (/\.html?$/i.test(fileName)) return parseHtmlArticle(fileName, decodeText(fileName, bytes));
  if (/\.md$/i.test(fileName)) return parseMarkdownArticle(fileName, bytes);
  return parseTextArticle(fileName, bytes);
}
