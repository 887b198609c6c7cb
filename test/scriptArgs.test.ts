import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('the scripts, given an option they do not know', () => {
  it.each([
    ['eval', 'scripts/eval/main.ts'],
    ['train', 'scripts/train/main.ts'],
    ['lexicons', 'scripts/lexicons/main.ts'],
  ])('npm run %s says which option and how to call it, and exits 2', (name, script) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--bogus'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("Unknown option '--bogus'");
    expect(run.stderr).toContain(`Usage: npm run ${name}`);
    expect(run.stderr).not.toContain('    at ');
  });
});
