import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder (the nearest one up from this file holding `package.json`), so the
 * same answer comes from the TypeScript sources under `adapters/` and from the JavaScript
 * compiled into `dist/adapters/`.
 */
const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** `relative` (say `data/` or `knowledge/`) resolved against the project's folder. */
export function projectPath(relative: string): string {
  return path.join(ROOT, relative);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '../..');
  }
}
