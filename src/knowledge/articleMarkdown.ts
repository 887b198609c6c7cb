import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Article } from '../types.ts';

/**
 * Writes an article as a knowledge `.md` file: front matter (`title`, `source`, `date`,
 * `language`, `byline` where known), the title as a `# ` heading, then one Markdown paragraph
 * per paragraph, escaped so that `parseArticle` reads back exactly the same text.
 */
export function articleToMarkdown(article: Article): string {
  const meta = Object.fromEntries(
    Object.entries({ title: article.title, source: article.source, date: article.date, language: article.language, byline: article.byline }).filter(([, value]) => value),
  );
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: stringifyYaml(meta).trimEnd() },
      { type: 'heading', depth: 1, children: [{ type: 'text', value: article.title }] },
      ...article.paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] })),
    ],
  };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()] });
}

/**
 * A file name stem for an article's title: lower case, umlauts and ß spelt out, other accents
 * dropped, words joined by `-`, cut at a word end to {@link SLUG_MAX} characters.
 */
export function slugOf(title: string): string {
  const spelt = title
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = spelt.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length <= SLUG_MAX ? slug : slug.slice(0, SLUG_MAX).replace(/-[^-]*$/, '');
  return cut || 'article';
}

/** Longest slug: long enough to tell headlines apart, short enough for any file system and a chat reply. */
const SLUG_MAX = 60;
