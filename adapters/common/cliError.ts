import { QaError } from '../../src/errors.ts';

/**
 * What a command-line entry says when it fails: a {@link QaError}'s message as it stands, a
 * bad option with the usage after it, anything else as unexpected.
 */
export function describeCliError(error: unknown, usage: string): string {
  if (error instanceof QaError) return error.message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return `${error.message}\n${usage}`;
  return `Unexpected error: ${String(error)}`;
}
