import { webApi } from '@slack/bolt';
import { QaError } from '../../src/errors.ts';

/** What start-up was doing when it failed. */
export interface StartStep {
  /** The token the failed call used. */
  token: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';
  port: number;
  apiUrl?: string;
}

const WHERE: Record<StartStep['token'], string> = {
  SLACK_BOT_TOKEN: 'OAuth & Permissions (Bot User OAuth Token, xoxb-…)',
  SLACK_APP_TOKEN: 'Basic Information > App-Level Tokens (xapp-…, scope connections:write)',
};

/**
 * Turns a start-up failure (token rejected, Slack unreachable, port taken) into a
 * QaError (`TOKEN_REJECTED`, `PLATFORM_UNREACHABLE`, `PORT_IN_USE`) whose message names what to fix. Other errors pass through.
 */
export function explainStartError(error: unknown, { token, port, apiUrl }: StartStep): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === webApi.ErrorCode.PlatformError) {
    const reason = (error as webApi.WebAPIPlatformError).data.error;
    return new QaError('TOKEN_REJECTED', `Slack rejected ${token} (${reason}): copy it again from api.slack.com/apps > your app > ${WHERE[token]}.`);
  }
  if (code === webApi.ErrorCode.RequestError || code === webApi.ErrorCode.HTTPError) {
    const api = apiUrl ?? 'https://slack.com/api/';
    return new QaError(
      'PLATFORM_UNREACHABLE',
      `Cannot reach the Slack Web API at ${api} (${(error as Error).message}): check the network, or SLACK_API_URL if you set it.`,
    );
  }
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    return new QaError('PORT_IN_USE', `Cannot listen on PORT ${port} (${code}): stop whatever uses it or set PORT to a free port.`);
  }
  return error;
}
