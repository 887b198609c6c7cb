import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { QaError } from '../../src/errors.ts';
import { parseArticle } from '../../src/knowledge/parseArticle.ts';
import { parseSynonyms } from '../../src/knowledge/parseSynonyms.ts';
import type { Article, Knowledge } from '../../src/types.ts';
import { loadLexicon } from './loadLexicon.ts';
import { projectPath } from './projectPath.ts';

/** The bundled knowledge folder, found from this file so any working directory works. */
export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge/');

/** The file in a knowledge folder that holds the operator's synonyms, not an article. */
export const SYNONYMS_FILE = 'synonyms.txt';

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
 * Reads every `.txt` and `.md` article in a folder (in name order) and its `synonyms.txt`,
 * with the committed lexicons (read once per process).
 * Throws a {@link QaError} naming the folder or file when the folder is missing or empty,
 * or a file is unreadable, empty or binary (unless `onBadFile` takes it).
 */
export async function loadKnowledge(dir: string, { onBadFile }: LoadOptions = {}): Promise<Knowledge> {
  const folder = path.resolve(dir);
  const entries = await listFolder(folder);
  const articleFiles = entries.filter((name) => /\.(txt|md)$/i.test(name) && name.toLowerCase() !== SYNONYMS_FILE).sort();
  if (articleFiles.length === 0) {
    throw new QaError('KNOWLEDGE_EMPTY', `No articles in ${folder}: add at least one .txt or .md file, or point KNOWLEDGE_DIR at a folder that has them.`);
  }
  const articles: Article[] = [];
  for (const name of articleFiles) {
    try {
      articles.push(parseArticle(name, await readBytes(path.join(folder, name))));
    } catch (error) {
      if (!onBadFile || !(error instanceof QaError)) throw error;
      const standIn = onBadFile(name, error);
      if (standIn) articles.push(standIn);
    }
  }
  if (articles.length === 0) {
    throw new QaError('KNOWLEDGE_EMPTY', `No readable articles in ${folder}: fix the files named above, or add a .txt or .md file.`);
  }
  const synonymsName = entries.find((name) => name.toLowerCase() === SYNONYMS_FILE);
  const synonyms = synonymsName ? parseSynonyms(synonymsName, new TextDecoder().decode(await readBytes(path.join(folder, synonymsName)))) : [];
  return { articles, synonyms, lexicon: loadLexicon() };
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    return await readdir(folder);
  } catch {
    throw new QaError('KNOWLEDGE_MISSING', `Knowledge folder ${folder} does not exist or is not a folder: create it or set KNOWLEDGE_DIR (or --knowledge) to a folder of .txt/.md articles.`);
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
