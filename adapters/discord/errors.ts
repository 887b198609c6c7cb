import { QaError } from '../../src/errors.ts';

/** Turns discord.js's login failures into a {@link QaError} (`TOKEN_REJECTED`, `PLATFORM_UNREACHABLE`); other errors pass through. */
export function explainLoginError(error: unknown, apiUrl: string): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'TokenInvalid' || (error as { status?: unknown } | null)?.status === 401) {
    return new QaError('TOKEN_REJECTED', 'Discord rejected DISCORD_TOKEN: reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env.');
  }
  const cause = String((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '');
  if (/^(E[A-Z]+|UND_ERR_\w+)$/.test(code) || /^(E[A-Z]+|UND_ERR_\w+)$/.test(cause) || (error as Error | null)?.name === 'AbortError') {
    return new QaError('PLATFORM_UNREACHABLE', `Cannot reach the Discord API at ${apiUrl} (${code || cause || 'timeout'}): check the network, or DISCORD_API_URL if you set it.`);
  }
  return error;
}
