import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * Bolt's logger interface on top of the bot's pino logger, so Bolt's, the Web API's and
 * Socket Mode's lines go through the same redaction and level as ours (`component: "bolt"`).
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      if (!child.isLevelEnabled(level)) return;
      const error = parts.find((part): part is Error => part instanceof Error);
      const text = parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : safeJson(part))).join(' ');
      if (error) child[level]({ err: error }, text);
      else child[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    getLevel: () => toBoltLevel(child.level),
    // LOG_LEVEL decides; Bolt's own default (info) must not override it.
    setLevel: () => undefined,
    setName: () => undefined,
  };
}

function toBoltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
