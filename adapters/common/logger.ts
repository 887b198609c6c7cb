import pino, { type Logger } from 'pino';

/** Field paths whose values never reach a log line (tokens, secrets, raw headers). */
const REDACT = [
  'token',
  '*.token',
  'secret',
  '*.secret',
  'headers.authorization',
  '*.headers.authorization',
  'signingSecret',
  '*.signingSecret',
  'appToken',
  'botToken',
  'config.*',
];

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level: string;
  /** Where lines go (default standard error, so standard output stays the bot's). */
  destination?: NodeJS.WritableStream;
  /** Secret values to mask wherever they appear in a line. */
  secrets?: string[];
}

/** A JSON logger (pino) that redacts secret fields and masks the given secret values. */
export function createLogger({ level, destination = process.stderr, secrets = [] }: LoggerOptions): Logger {
  const masked = secrets.filter((secret) => secret.length >= 6);
  const stream = masked.length === 0 ? destination : maskingStream(destination, masked);
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: undefined }, stream as pino.DestinationStream);
}

function maskingStream(destination: NodeJS.WritableStream, secrets: string[]): pino.DestinationStream {
  return {
    write(line: string) {
      destination.write(secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line));
    },
  };
}
