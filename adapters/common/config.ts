import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { QaError } from '../../src/errors.ts';
import { DEFAULT_KNOWLEDGE_DIR } from './loadKnowledge.ts';

/** Variables every runnable reads; each adapter extends this schema with its own. */
export const baseConfigSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default(DEFAULT_KNOWLEDGE_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUESTION_LENGTH: z.coerce.number().int().min(10).max(10_000).default(1000),
  /** Questions one user may ask per window, in the chat bots (default 5). */
  RATE_LIMIT_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  /** The rate-limit window in seconds (default 30). */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** File the chat bots append 👍/👎 clicks to, one JSON line each (default `feedback.jsonl`). */
  FEEDBACK_FILE: z.string().min(1).default('feedback.jsonl'),
  /** Whether `/add-article` from chat may fetch private, loopback and link-local addresses (default false). */
  ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

/** Where to find each variable, said in the start-up error when it is missing or wrong. */
const HINTS: Record<string, string> = {
  KNOWLEDGE_DIR: 'a folder of .txt/.md/.html articles',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  MAX_QUESTION_LENGTH: 'a whole number of characters, e.g. 1000',
  RATE_LIMIT_COUNT: 'a whole number of questions one user may ask per window, e.g. 5',
  RATE_LIMIT_WINDOW_SECONDS: 'a whole number of seconds, e.g. 30',
  FEEDBACK_FILE: 'a file path, e.g. feedback.jsonl',
  ALLOW_PRIVATE_URLS: 'true or false (default false)',
};

/** Whether the settings file was there, so that a start-up error can say what to do with it. */
export interface EnvFile {
  /** The file's name as the user sees it, e.g. `.env`. */
  path: string;
  found: boolean;
}

/** Reads `.env` (or `path`) into `process.env` if it exists, without overriding variables already set; says whether it did. */
export function loadEnvFile(path = '.env'): EnvFile {
  const { error } = loadDotenv({ path, quiet: true });
  return { path, found: (error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT' };
}

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Validates the environment against a schema once, at start-up. Empty values count as
 * unset. Throws a {@link QaError} (`CONFIG_INVALID`) naming every bad variable and where to
 * find it, and where to set it: in `.env` when there is one, else in a copy of
 * `.env.example`. Values are never echoed, since they may be secrets.
 */
export function readConfig<Schema extends z.ZodObject>(
  schema: Schema,
  env: Record<string, string | undefined>,
  hints: Record<string, string> = {},
  envFile: EnvFile = { path: '.env', found: false },
): z.infer<Schema> {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const allHints = { ...HINTS, ...hints };
  const names = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
  const problems = names.map((name) => {
    const issue = result.error.issues.find((candidate) => String(candidate.path[0] ?? '?') === name)!;
    const state = present[name] === undefined ? 'is missing' : 'is not valid';
    return `${name} ${state}: ${allHints[name] ?? issue.message}.`;
  });
  const where = envFile.found ? `${envFile.path} exists: set ${listOf(names)} in it.` : `Copy .env.example to ${envFile.path} and set ${listOf(names)} in it.`;
  throw new QaError('CONFIG_INVALID', `${problems.join(' ')} ${where}`);
}
