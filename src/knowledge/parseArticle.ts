import { QaError } from '../errors.ts';
import type { Article } from '../types.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Turns one knowledge file's bytes into an article. The first non-empty line (or a `# `
 * heading) is the title; paragraphs are separated by blank lines, and a text without blank
 * lines has one paragraph per line. Markdown may start with front matter
 * (`title`, `language`, `source`, `date`). Throws a {@link QaError} naming the file when it
 * is binary, not UTF-8 or has no text.
 */
export function parseArticle(fileName: string, bytes: Uint8Array): Article {
  const text = decodeText(fileName, bytes).replace(/^\uFEFF/, '');
  const { meta, body } = splitFrontMatter(fileName, text);
  const lines = body.split(/\r?\n/).map((line) => line.trimEnd());
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1 && !meta.title) {
    throw new QaError('KNOWLEDGE_EMPTY_FILE', `${fileName} has no text: write a title line and at least one paragraph, or remove the file.`);
  }
  const headingTitle = titleIndex >= 0 ? lines[titleIndex]!.trim().replace(/^#\s+/, '') : '';
  const title = meta.title ?? headingTitle;
  const rest = meta.title ? lines.slice(Math.max(titleIndex, 0)) : lines.slice(titleIndex + 1);
  const paragraphs = splitParagraphs(rest);
  if (paragraphs.length === 0) {
    throw new QaError('KNOWLEDGE_EMPTY_FILE', `${fileName} has a title but no paragraphs: add the article's text below the title.`);
  }
  return {
    id: fileName.replace(/\.(txt|md)$/i, ''),
    title,
    paragraphs,
    language: meta.language ?? 'de',
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.date ? { date: meta.date } : {}),
  };
}

function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new QaError('KNOWLEDGE_BINARY', `${fileName} looks binary (it contains NUL bytes): knowledge files must be UTF-8 text (.txt or .md).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new QaError('KNOWLEDGE_BINARY', `${fileName} is not valid UTF-8: save it as UTF-8 text.`);
  }
}

interface FrontMatter {
  title?: string;
  language?: string;
  source?: string;
  date?: string;
}

function splitFrontMatter(fileName: string, text: string): { meta: FrontMatter; body: string } {
  if (!/\.md$/i.test(fileName)) return { meta: {}, body: text };
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: FrontMatter = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^\s*(title|language|source|date)\s*:\s*(.*?)\s*$/i.exec(line);
    if (field && field[2]) {
      meta[field[1]!.toLowerCase() as keyof FrontMatter] = field[2].replace(/^(["'])(.*)\1$/, '$2');
    }
  }
  return { meta, body: text.slice(match[0].length) };
}

function splitParagraphs(lines: string[]): string[] {
  const hasBlankSeparator = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks = hasBlankSeparator ? lines.join('\n').split(/\n\s*\n/) : lines;
  return blocks
    .map((block) => block.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter((block) => block !== '' && !/^#{1,6}\s*$/.test(block))
    .map((block) => block.replace(/^#{1,6}\s+/, ''));
}
