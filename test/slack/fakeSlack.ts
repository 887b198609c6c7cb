import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call the app made. */
export interface ApiCall {
  method: string;
  /** The bearer token it carried. */
  token: string | undefined;
  body: Record<string, unknown>;
  at: number;
}

/** One message the app posted to a `response_url`. */
export interface ResponsePost {
  /** The id in `/response/<id>`. */
  id: string;
  body: Record<string, unknown>;
  at: number;
  /** Set once the fake's reply reached the app (false while held, or if the app went away first). */
  delivered: boolean;
}

/** One Socket Mode acknowledgement the app sent. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
  at: number;
}

/** Options for {@link startFakeSlack}. */
export interface FakeSlackOptions {
  /** The only bot token `auth.test` and the chat methods accept. */
  botToken: string;
  /** The only app token `apps.connections.open` accepts (default none: Socket Mode refused). */
  appToken?: string;
  /** The bot's user id, as `auth.test` reports it (default `U0BOT`). */
  botUserId?: string;
  /** Keep bodies of calls and responses (default true; the load script turns it off to save memory). */
  record?: boolean;
}

/** A fake Slack on 127.0.0.1: Web API, `response_url` sink and the Socket Mode WebSocket. */
export interface FakeSlack {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The Web API base to give the app as `SLACK_API_URL` (with the trailing slash Slack's client wants). */
  readonly apiUrl: string;
  readonly botUserId: string;
  readonly calls: ApiCall[];
  readonly responses: ResponsePost[];
  readonly acks: SocketAck[];
  /** Hold each `response_url` reply this long, so an answer is still in flight (default 0). */
  responseDelayMs: number;
  /** A fresh `response_url` on this fake. */
  responseUrl(id: string): string;
  /** Resolves with the first value `pick` returns for the records so far or to come; rejects after `timeoutMs` naming `what`. */
  waitFor<T>(what: string, pick: () => T | undefined, timeoutMs?: number): Promise<T>;
  /** Socket Mode connections open right now. */
  readonly openSockets: number;
  /** Resolves once a Socket Mode client is connected and greeted. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope over the open Socket Mode connection; resolves with the app's ack for it. */
  deliver(envelope: { envelope_id: string }, timeoutMs?: number): Promise<SocketAck>;
  /** Emits `response` (ResponsePost) and `call` (ApiCall) as they arrive. */
  readonly events: EventEmitter;
  close(): Promise<void>;
}

/** Starts a fake Slack on an ephemeral port of 127.0.0.1. Nothing else is touched. */
export async function startFakeSlack({ botToken, appToken, botUserId = 'U0BOT', record = true }: FakeSlackOptions): Promise<FakeSlack> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const acks: SocketAck[] = [];
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });
  let messageTs = 0;

  const server = createServer((request, response) => {
    // An app that exits mid-request resets the connection; that is its business, not a fake's crash.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    readBody(request)
      .then((raw) => route(request, response, raw))
      .catch((error: unknown) => reply(response, 500, { ok: false, error: String(error) }));
  });

  function route(request: IncomingMessage, response: ServerResponse, raw: string): void {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const at = performance.now();
    if (path.startsWith('/response/') && request.method === 'POST') {
      const post: ResponsePost = { id: decodeURIComponent(path.slice('/response/'.length)), body: record ? JSON.parse(raw || '{}') : {}, at, delivered: false };
      if (record) responses.push(post);
      events.emit('response', post);
      response.on('finish', () => {
        post.delivered = !response.socket?.destroyed;
      });
      const send = () => reply(response, 200, 'ok');
      if (fake.responseDelayMs > 0) setTimeout(send, fake.responseDelayMs);
      else send();
      return;
    }
    if (!path.startsWith('/api/') || request.method !== 'POST') {
      reply(response, 404, { ok: false, error: 'unknown_path' });
      return;
    }
    const method = path.slice('/api/'.length);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const call: ApiCall = { method, token, body: record ? parseForm(raw, request.headers['content-type']) : {}, at };
    if (record) calls.push(call);
    events.emit('call', call);
    reply(response, 200, answerCall(method, token, call.body));
  }

  function answerCall(method: string, token: string | undefined, body: Record<string, unknown>): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      if (!appToken || token !== appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${port()}/socket` };
    }
    if (token !== botToken) return { ok: false, error: 'invalid_auth' };
    if (method === 'auth.test')
      return {
        ok: true,
        url: 'https://newsroom.slack.com/',
        team: 'Newsroom',
        user: 'qa-bot',
        team_id: 'T0TEST',
        user_id: botUserId,
        bot_id: 'B0BOT',
        is_enterprise_install: false,
      };
    if (method === 'chat.postMessage')
      return { ok: true, channel: body.channel, ts: `1700000000.${String(++messageTs).padStart(6, '0')}`, message: { text: body.text } };
    if (method === 'chat.postEphemeral') return { ok: true, message_ts: `1700000000.${String(++messageTs).padStart(6, '0')}` };
    return { ok: false, error: 'unknown_method' };
  }

  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== '/socket') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => {
        sockets.delete(ws);
        events.emit('socket', ws);
      });
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as SocketAck;
        const ack: SocketAck = { ...message, at: performance.now() };
        acks.push(ack);
        events.emit('ack', ack);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'A0TEST' } }));
      events.emit('socket', ws);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = () => (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port()}`;

  function waitFor<T>(what: string, pick: () => T | undefined, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = pick();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        for (const name of ['call', 'response', 'ack', 'socket']) events.off(name, check);
      };
      for (const name of ['call', 'response', 'ack', 'socket']) events.on(name, check);
      check();
    });
  }

  const fake: FakeSlack = {
    responseDelayMs: 0,
    url,
    apiUrl: `${url}/api/`,
    botUserId,
    calls,
    responses,
    acks,
    events,
    get openSockets() {
      return sockets.size;
    },
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id)}`,
    waitFor,
    async socketConnected(timeoutMs = 5000) {
      await waitFor('a Socket Mode connection', () => (sockets.size > 0 ? true : undefined), timeoutMs);
    },
    async deliver(envelope, timeoutMs = 5000) {
      const [socket] = sockets;
      if (!socket) throw new Error('fake Slack: no Socket Mode connection to deliver on');
      socket.send(JSON.stringify(envelope));
      return waitFor(`the ack of ${envelope.envelope_id}`, () => acks.find((ack) => ack.envelope_id === envelope.envelope_id), timeoutMs);
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The Web API client sends form fields, with blocks and attachments as JSON strings. */
function parseForm(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return fields;
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  response.end(text);
}
