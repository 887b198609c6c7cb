import type { Article } from '../types.ts';
import { parseHtmlArticle } from './parseHtml.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { articleOf, decodeText, parseTextArticle } from './parseText.ts';

/**
 * Turns one knowledge file's bytes into an article, by its extension:
 * - `.txt`: read by {@link parseTextArticle}.
 * - `.md`: Markdown, read by {@link parseMarkdown}; the title is the front matter's `title`,
 *   else the first unit (a heading or line); a first heading repeating the title is dropped.
 *   Every other heading, paragraph and list item is one paragraph.
 * - `.html`/`.htm`: a web page, read by {@link parseHtmlArticle}.
 * Throws a `QaError` naming the file when it is binary, not UTF-8, has no text, or (HTML)
 * no article.
 */
export function parseArticle(fileName: string, bytes: Uint8Array): Article {
  if (/\.html?$/i.test(fileName)) return parseHtmlArticle(fileName, decodeText(fileName, bytes));
  if (!/\.md$/i.test(fileName)) return parseTextArticle(fileName, bytes);
  const { meta, blocks } = parseMarkdown(fileName, decodeText(fileName, bytes));
  const title = meta.title ?? blocks[0];
  return articleOf(fileName, meta, title, blocks[0] === title ? blocks.slice(1) : blocks);
}

