import type { Article } from '../types.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { articleOf, decodeText } from './parseText.ts';

/**
 * Reads a Markdown (`.md`) article with {@link parseMarkdown}: the title is the front matter's
 * `title`, else the first unit (a heading or line); a first heading repeating the title is
 * dropped. Every other heading, paragraph, list item, quoted paragraph and table row is one
 * paragraph. Throws a `QaError` naming the file when it is binary, has no text or bad front matter.
 */
export function parseMarkdownArticle(fileName: string, bytes: Uint8Array): Article {
  const { meta, blocks } = parseMarkdown(fileName, decodeText(fileName, bytes));
  const title = meta.title ?? blocks[0];
  return articleOf(fileName, meta, title, blocks[0] === title ? blocks.slice(1) : blocks);
}
