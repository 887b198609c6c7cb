import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  /** Bolt's HTTPReceiver `requestListener`: verifies the signature, parses and dispatches. */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
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
 * A plain `node:http` server in front of Bolt's receiver. Before a body is read it refuses
 * (without reading it) a request with no well-formed signature, a timestamp outside
 * {@link SIGNATURE_WINDOW_SECONDS} either way, an announced body over `maxBodyBytes`, or one
 * more than `maxUnverified` bodies being read; Bolt then checks the signature itself.
 */
export function createSlackHttpServer(options: SlackHttpServerOptions): SlackHttpServer {
  const { listener, eventsPath = '/slack/events', articles, logger, now = Date.now } = options;
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
      if (pathname === eventsPath && request.method === 'POST' && !admit(request, response)) return;
      try {
        listener(request, response);
      } catch {
        // Bolt throws for a path it does not serve.
        response.writeHead(404).end();
      }
    },
  );

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
