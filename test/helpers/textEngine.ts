import { loadLexicon } from '../../adapters/common/loadLexicon.ts';
import { createEngine, type ReadingEngine } from '../../src/engine.ts';
import { parseTextArticle } from '../../src/knowledge/parseText.ts';

/** An engine with the shipped lexicons over one plain-text article written for a test: its title line, then its paragraphs. */
export function engineOverText(fileName: string, title: string, paragraphs: readonly string[]): ReadingEngine {
  const text = [title, ...paragraphs.flatMap((paragraph) => ['', paragraph])].join('\n');
  return createEngine({ articles: [parseTextArticle(fileName, new TextEncoder().encode(text))], lexicon: loadLexicon() });
}
