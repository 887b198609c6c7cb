import { QaError } from '../../src/errors.ts';

/** Turns discord.js's login failures into a {@link QaError} (`TOKEN_REJECTED`, `PLATFORM_UNREACHABLE`); other errors pass through. */
export function explainLoginError(error: unknown, apiUrl: string): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'TokenInvalid' || (error as { status?: unknown } | null)?.status === 401) {
    return new QaError(
      'TOKEN_REJECTED',
      'Discord rejected DISCORD_TOKEN: reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env.',
    );
  }
  const cause = String((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '');
  if (/^(E[A-Z]+|UND_ERR_\w+)$/.test(code) || /^(E[A-Z]+|UND_ERR_\w+)$/.test(cause) || (error as Error | null)?.name === 'AbortError') {
    return new QaError(
      'PLATFORM_UNREACHABLE',
      `Cannot reach the Discord API at ${apiUrl} (${code || cause || 'timeout'}): check the network, or DISCORD_API_URL if you set it.`,
    );
  }
  return error;
}

/**
 * Gateway close codes after which Discord will not take the connection back (discord.js gives
 * the shard up), each with what to do. Any other close is resumed or reconnected by discord.js.
 */
export const FATAL_GATEWAY_CLOSES: Readonly<Record<number, string>> = {
  4004: 'authentication failed: DISCORD_TOKEN is wrong or was reset; reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env',
  4010: 'invalid shard: check DISCORD_SHARD_COUNT',
  4011: 'sharding required: the bot is in too many servers for one connection; run npm run discord:sharded',
  4012: 'invalid API version: update discord.js (npm install)',
  4013: 'invalid intents: the bot asked for intents Discord does not know; update discord.js',
  4014: 'disallowed intents: the bot asked for a privileged intent not enabled in the Developer Portal > your application > Bot',
};

/** The {@link QaError} (`GATEWAY_CLOSED`) for a fatal gateway close, or undefined for one discord.js recovers from. */
export function explainGatewayClose(code: number, shard: number): QaError | undefined {
  const why = FATAL_GATEWAY_CLOSES[code];
  return why === undefined
    ? undefined
    : new QaError('GATEWAY_CLOSED', `Discord closed the gateway connection of shard ${shard} for good (${code}, ${why}). Stopping.`);
}
