import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { QaError } from '../errors.ts';

/** The front matter fields an article reads; others are ignored. */
export interface FrontMatter {
  title?: string;
  language?: string;
  source?: string;
  date?: string;
  byline?: string;
}

const FIELDS = ['title', 'language', 'source', 'date', 'byline'] as const;

/** A Markdown file read as plain text: its front matter and its text units in reading order. */
export interface MarkdownText {
  meta: FrontMatter;
  /** Headings, paragraphs, list items, quoted paragraphs and code blocks, each one unit of plain text. */
  blocks: string[];
}

/**
 * Parses Markdown (CommonMark with GitHub's extensions, and YAML front matter) into plain-text
 * units: formatting marks, link targets, images and raw HTML are dropped; a heading, each list
 * item and each table row are units of their own; a block quote gives its paragraphs. Throws a {@link QaError} naming the file when the front
 * matter is not valid YAML.
 */
export function parseMarkdown(fileName: string, text: string): MarkdownText {
  const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] });
  const blocks: string[] = [];
  let meta: FrontMatter = {};
  for (const node of tree.children) {
    if (node.type === 'yaml') meta = readFrontMatter(fileName, node.value);
    else collect(node, blocks);
  }
  return { meta, blocks };
}

function collect(node: RootContent | Root, blocks: string[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableRow':
      push(blocks, node.type === 'tableRow' ? node.children.map((cell) => plain(cell)).join(' | ') : plain(node));
      return;
    case 'code':
      push(blocks, node.value);
      return;
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
      for (const child of node.children) collect(child, blocks);
      return;
    default:
      // html, thematicBreak, definition, footnotes: markup or targets, not article text.
      return;
  }
}

function plain(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

function push(blocks: string[], text: string): void {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy !== '') blocks.push(tidy);
}

function readFrontMatter(fileName: string, yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new QaError('KNOWLEDGE_BAD_FRONT_MATTER', `${fileName} has front matter that is not valid YAML (${reason}): fix it or remove the lines between the two "---".`);
  }
  const meta: FrontMatter = {};
  if (data === null || typeof data !== 'object') return meta;
  for (const field of FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (value !== undefined && value !== null && String(value).trim() !== '') meta[field] = String(value).trim();
  }
  return meta;
}
