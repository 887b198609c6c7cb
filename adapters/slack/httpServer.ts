import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseForm } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from 'pino';

/** Slack refuses requests signed more than this long ago; this bot also those signed this far ahead (s). */
export const SIGNATURE_WINDOW_SECONDS = 300;

/** Limits of the HTTP front door; every field has a default. */
export interface SlackHttpLimits {
  /**
   * Largest request body read, in bytes (default 256 KiB): Slack's event, command and
   * interaction payloads are a few KiB; an announced larger body is refused unread.
   */
  maxBodyBytes: number;
  /**
   * Requests whose body is still being read, before its signature can be checked (default
   * 64): past it new ones get 503 unread, so unsigned floods cost at most this many bodies.
   */
  maxUnverified: number;
  /** Longest a client may take to send a whole request, in ms (default 10 000: Slack sends at once). */
  requestTimeoutMs: number;
}

/** The defaults of {@link SlackHttpLimits}. */
export const DEFAULT_HTTP_LIMITS: SlackHttpLimits = { maxBodyBytes: 256 * 1024, maxUnverified: 64, requestTimeoutMs: 10_000 };

/** What {@link createSlackHttpServer} needs. */
export interface SlackHttpServerOptions {
  /** Bolt's HTTPReceiver `requestListener`: parses and dispatches (it finds the body already read). */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
  /** The app's signing secret, which every request's signature is checked against before Bolt sees it. */
  signingSecret: string;
  /** Path of the events endpoint (default `/slack/events`). */
  eventsPath?: string;
  /** Number of loaded articles, for `/healthz`. */
  articles: () => number;
  logger: Logger;
  limits?: Partial<SlackHttpLimits>;
  /** Clock in ms, injectable for tests (default `Date.now`). */
  now?: () => number;
}

/** The bot's HTTP server: `/healthz` and the checks Slack requests pass before Bolt reads them. */
export interface SlackHttpServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  /** From now on `/healthz` answers 503, so a load balancer stops sending. */
  drain(): void;
  /** Stops listening and closes every connection, stalled ones too. */
  close(): Promise<void>;
}

const SIGNATURE = /^v0=[0-9a-f]{64}$/;

/**
 * Largest unsigned body read, in bytes: Slack's SSL check of a slash command's URL
 * (`ssl_check=1&token=…`, which Bolt too answers without a signature) is well under this.
 */
const SSL_CHECK_MAX_BYTES = 256;

/**
 * A plain `node:http` server in front of Bolt's receiver. Before a body is read it refuses
 * (without reading it) a request with no well-formed signature, a timestamp outside
 * {@link SIGNATURE_WINDOW_SECONDS} either way, an announced body over `maxBodyBytes`, or one
 * more than `maxUnverified` bodies being read. It then reads the body, stopping at
 * `maxBodyBytes` (413), checks it against the signature (401) and that it holds an event,
 * command or interaction object (400), and only then hands it to Bolt, already read: Bolt
 * never buffers an unsigned body and never meets `payload=null`. The one unsigned body read
 * is a form of at most {@link SSL_CHECK_MAX_BYTES}: Slack's SSL check, answered 200.
 */
export function createSlackHttpServer(options: SlackHttpServerOptions): SlackHttpServer {
  const { listener, signingSecret, eventsPath = '/slack/events', articles, logger, now = Date.now } = options;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  let draining = false;
  let unverified = 0;

  const refuse = (response: ServerResponse, status: number, reason: string) => {
    logger.debug({ event: 'request-refused', status, reason }, 'refused a request before reading it');
    response.writeHead(status, { connection: 'close' }).end();
  };

  function admit(request: IncomingMessage, response: ServerResponse): boolean {
    const signature = request.headers['x-slack-signature'];
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !SIGNATURE.test(signature) || !Number.isInteger(timestamp)) return (refuse(response, 401, 'unsigned'), false);
    if (Math.abs(now() / 1000 - timestamp) > SIGNATURE_WINDOW_SECONDS) return (refuse(response, 401, 'timestamp outside the window'), false);
    if (Number(request.headers['content-length'] ?? 0) > limits.maxBodyBytes) return (refuse(response, 413, 'body too large'), false);
    if (unverified >= limits.maxUnverified) return (refuse(response, 503, 'too many unverified requests'), false);
    unverified++;
    let counted = true;
    const release = () => {
      if (counted) unverified--;
      counted = false;
    };
    request.once('end', release);
    request.once('close', release);
    response.once('close', release);
    return true;
  }

  const server = createServer(
    { requestTimeout: limits.requestTimeoutMs, headersTimeout: Math.min(limits.requestTimeoutMs, 60_000), connectionsCheckingInterval: 1000 },
    (request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/healthz' && request.method === 'GET') {
        response.writeHead(draining ? 503 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(draining ? { status: 'stopping', articles: articles() } : { status: 'ok', articles: articles() }));
        return;
      }
      if (pathname !== eventsPath || request.method !== 'POST') return pass(request, response);
      if (request.headers['x-slack-signature'] === undefined && isSmallForm(request)) return answerSslCheck(request, response);
      if (!admit(request, response)) return;
      readBody(request, limits.maxBodyBytes).then(
        (body) => {
          if (body === undefined) return refuse(response, 413, 'body too large');
          const text = body.toString('utf8');
          const headers = {
            'x-slack-signature': String(request.headers['x-slack-signature']),
            'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp']),
          };
          if (!isValidSlackRequest({ signingSecret, body: text, headers, nowMilliseconds: now() })) return refuse(response, 401, 'signature does not match');
          if (!holdsPayload(text, request.headers['content-type'])) return refuse(response, 400, 'malformed body');
          // Bolt's receiver takes a body already read from `rawBody` instead of reading it again.
          (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
          pass(request, response);
        },
        () => refuse(response, 400, 'body could not be read'),
      );
    },
  );

  /** Answers Slack's unsigned SSL check with 200 and refuses any other unsigned body (401); it counts as a body being read. */
  function answerSslCheck(request: IncomingMessage, response: ServerResponse): void {
    if (unverified >= limits.maxUnverified) return refuse(response, 503, 'too many unverified requests');
    unverified++;
    readBody(request, SSL_CHECK_MAX_BYTES)
      .then(
        (body) => {
          if (body !== undefined && parseForm(body.toString('utf8')).ssl_check === '1') response.writeHead(200).end();
          else refuse(response, 401, 'unsigned');
        },
        () => refuse(response, 400, 'body could not be read'),
      )
      .finally(() => unverified--);
  }

  function pass(request: IncomingMessage, response: ServerResponse): void {
    try {
      listener(request, response);
    } catch {
      // Bolt throws for a path it does not serve.
      response.writeHead(404).end();
    }
  }

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    drain() {
      draining = true;
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A form body announced small enough to be an SSL check. */
function isSmallForm(request: IncomingMessage): boolean {
  const length = Number(request.headers['content-length']);
  return request.headers['content-type'] === 'application/x-www-form-urlencoded' && Number.isInteger(length) && length <= SSL_CHECK_MAX_BYTES;
}

/** Reads a request's body, or stops at `limit` bytes and resolves undefined (the rest is never read). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data').pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
    request.once('close', () => reject(new Error('closed before the body ended')));
  });
}

/**
 * Whether a body holds what Slack sends, as Bolt reads it: a JSON object, or a form that is
 * either a slash command's fields or a `payload` field holding a JSON object.
 */
function holdsPayload(text: string, contentType: string | undefined): boolean {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseForm(text);
    if (form.payload === undefined) return Object.keys(form).length > 0;
    return typeof form.payload === 'string' && isJsonObject(form.payload);
  }
  return isJsonObject(text);
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
