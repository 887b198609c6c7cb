import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses a script's arguments; on an unknown or malformed one, says why with the usage on standard error and exits 2. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
