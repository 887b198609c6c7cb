import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the core under src/', () => {
  const sources = filesUnder(path.join(root, 'src')).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

  it('imports no adapter, platform library, dotenv or Node I/O module', () => {
    const forbidden =
      /from\s+['"](?:(?:\.\.\/)+adapters\/[^'"]*|discord\.js|@slack\/[^'"]+|dotenv|node:(?:fs|fs\/promises|net|http|https|readline|child_process)|fs|http|net)['"]/;
    expect(sources.filter(({ text }) => forbidden.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('reads no environment and writes to no console', () => {
    expect(sources.filter(({ text }) => /process\.env|console\.(log|error|warn|info)/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
