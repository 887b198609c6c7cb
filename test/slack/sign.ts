import { createHmac } from 'node:crypto';
import { request, type Dispatcher } from 'undici';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** How to post to the app; every field but `secret` has a default that makes a valid request. */
export interface PostOptions {
  /** The signing secret to sign with; null sends no signature headers at all. */
  secret: string | null;
  /** Seconds since the epoch (default now). */
  timestamp?: number;
  /** The body the signature is computed over (default the body sent), for tampering. */
  signedBody?: string;
  contentType?: 'application/json' | 'application/x-www-form-urlencoded';
  /** Connection pool to send through (default undici's global one); the load script gives its own, so its requests do not queue behind the app's outgoing calls. */
  dispatcher?: Dispatcher;
  /** Give up after this long, in ms (default 10 000); null waits as long as the connection lives. */
  timeoutMs?: number | null;
  /** More headers to send, such as Slack's `x-slack-retry-num` on a retried event. */
  headers?: Record<string, string>;
}

/** The app's answer to one post, and how long it took to arrive. */
export interface PostResult {
  status: number;
  text: string;
  ms: number;
}

/** Posts a body to the Slack app the way Slack does: signed (unless told otherwise), with the right content type. */
export async function postToApp(
  url: string,
  body: string,
  { secret, timestamp = Math.floor(Date.now() / 1000), signedBody = body, contentType, dispatcher, headers: extra = {}, timeoutMs = 10_000 }: PostOptions,
): Promise<PostResult> {
  const type = contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');
  const headers: Record<string, string> = { 'content-type': type, ...extra };
  if (secret !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = slackSignature(secret, timestamp, signedBody);
  }
  const started = performance.now();
  const response = await request(url, {
    method: 'POST',
    headers,
    body,
    ...(timeoutMs === null ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
    ...(dispatcher ? { dispatcher } : {}),
  });
  const text = await response.body.text();
  return { status: response.statusCode, text, ms: performance.now() - started };
}
