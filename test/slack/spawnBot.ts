import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm run slack` as a child process, with the given environment and nothing else. */
export interface BotProcess {
  /** Standard error so far (the JSON log lines and any start-up message). */
  stderr(): string;
  /** Resolves with the first parsed log line `pick` accepts; rejects on timeout or exit. */
  waitForLog(what: string, pick: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code once the process has ended (rejects after `timeoutMs`, killing it). */
  exited(timeoutMs?: number): Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** Working directory (a fresh temporary folder, so no `.env` is picked up). */
  cwd: string;
}

/**
 * Starts the compiled bot, `node dist/adapters/slack/main.js` (`npm run build` writes it), in a
 * fresh folder with only `PATH` and `env` set; with `viaNpm`, starts it as the README says,
 * `npm run slack`, run from the project folder.
 */
export function spawnSlackBot(env: Record<string, string>, { viaNpm = false } = {}): BotProcess {
  const cwd = mkdtempSync(path.join(tmpdir(), 'slack-bot-'));
  const [command, args] = viaNpm
    ? ['npm', ['--prefix', ROOT, 'run', '--silent', 'slack']]
    : [process.execPath, [path.join(ROOT, 'dist/adapters/slack/main.js')]];
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  let hasExited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      hasExited = true;
      for (const listener of listeners) listener();
      resolve(code);
    }),
  );

  const logLines = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  return {
    cwd,
    stderr: () => stderr,
    signal: (signal) => child.kill(signal),
    waitForLog(what, pick, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logLines().find(pick);
          if (found) done(() => resolve(found));
          else if (hasExited) done(() => reject(new Error(`bot process exited before ${what}; stderr:\n${stderr}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`timed out waiting for ${what}; stderr:\n${stderr}`))), timeoutMs);
        const done = (finish: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          finish();
        };
        listeners.add(check);
        check();
      });
    },
    exited(timeoutMs = 15_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`bot process did not exit within ${timeoutMs} ms; stderr:\n${stderr}`));
        }, timeoutMs);
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
  };
}
