/** Stable codes for why the Discord bot could not start. */
export type DiscordStartErrorCode = 'DISCORD_TOKEN_REJECTED' | 'DISCORD_UNREACHABLE';

/** A start-up failure with a stable `code` and a message that says what to do. */
export class DiscordStartError extends Error {
  readonly code: DiscordStartErrorCode;

  constructor(code: DiscordStartErrorCode, message: string) {
    super(message);
    this.name = 'DiscordStartError';
    this.code = code;
  }
}

/** Turns discord.js's login failures into a {@link DiscordStartError}; other errors pass through. */
export function explainLoginError(error: unknown, apiUrl: string): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'TokenInvalid' || (error as { status?: unknown } | null)?.status === 401) {
    return new DiscordStartError('DISCORD_TOKEN_REJECTED', 'Discord rejected DISCORD_TOKEN: reset it in the Discord Developer Portal > your application > Bot > Reset Token and put the new token in .env.');
  }
  const cause = String((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '');
  if (/^(E[A-Z]+|UND_ERR_\w+)$/.test(code) || /^(E[A-Z]+|UND_ERR_\w+)$/.test(cause) || (error as Error | null)?.name === 'AbortError') {
    return new DiscordStartError('DISCORD_UNREACHABLE', `Cannot reach the Discord API at ${apiUrl} (${code || cause || 'timeout'}): check the network, or DISCORD_API_URL if you set it.`);
  }
  return error;
}
