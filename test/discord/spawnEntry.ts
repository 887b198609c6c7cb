import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withTimeout } from './harness.ts';

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ENTRIES = path.resolve(import.meta.dirname, '../../adapters/discord');

/** A bot entry file running as its own process, its output captured. */
export interface SpawnedEntry {
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written to standard error so far. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves with the first log line that matches. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code once the process ended. */
  exited(timeoutMs?: number): Promise<number | null>;
  signal(name: NodeJS.Signals): void;
  /** Kills the process if still running and removes its working folder. */
  cleanUp(): void;
}

/**
 * Starts `adapters/discord/<entry>.ts` with exactly `env` as its environment, in an empty
 * working folder so no `.env` file is picked up; with `viaNpm`, `npm run discord` as the
 * README says (the compiled bot; `PATH` and `HOME` added so npm runs).
 */
export function spawnEntry(entry: 'main' | 'register' | 'sharded', env: Record<string, string>, { viaNpm = false } = {}): SpawnedEntry {
  const cwd = mkdtempSync(path.join(tmpdir(), 'discord-entry-'));
  const child = viaNpm
    ? spawn('npm', ['--prefix', path.resolve(ENTRIES, '../..'), 'run', '--silent', 'discord'], {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(process.execPath, ['--import', TSX_LOADER, path.join(ENTRIES, `${entry}.ts`)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
    notify();
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
    notify();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs = () =>
    stderr.split('\n').flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    logs,
    waitForLog(match, what, timeoutMs = 15_000) {
      const found = new Promise<Record<string, unknown>>((resolve) => {
        const check = () => {
          const line = logs().find(match);
          if (!line) return;
          listeners.delete(check);
          resolve(line);
        };
        listeners.add(check);
        check();
      });
      return withTimeout(
        Promise.race([found, exit.then(() => Promise.reject(new Error(`${entry} exited while waiting for ${what}:\n${stderr}`)))]),
        timeoutMs,
        `${what} from ${entry}; stderr so far:\n${stderr}`,
      );
    },
    exited: (timeoutMs = 15_000) => withTimeout(exit, timeoutMs, `${entry} to exit`),
    signal: (name) => child.kill(name),
    cleanUp() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
