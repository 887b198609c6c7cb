import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { GatewayDispatchEvents, InteractionResponseType, MessageFlags, type APIInteraction, type APIUser } from 'discord.js';
import { createFakeGateway } from './fakeGateway.ts';
import { fakeUser, sentMessage, snowflake, type FakeGuild } from './payloads.ts';

/** One REST request the bot made, as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Decoded path after `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  route: string;
  query: URLSearchParams;
  // Whatever JSON the bot sent; tests read the fields they check.
  body: any;
  authorization: string | undefined;
  /** `performance.now()` when it arrived. */
  at: number;
  /** What the fake answered (a sent message carries its `id`), once it has. */
  response?: any;
  /** The status the fake answered with, once it has. */
  status?: number;
}

/** Options for {@link startFakeDiscord}; only `token` and `applicationId` are required. */
export interface FakeDiscordOptions {
  /** The only token the fake accepts (`Authorization: Bot <token>`). */
  token: string;
  applicationId: string;
  /** Guilds the bot is in (default one, "Testserver"). */
  guilds?: FakeGuild[];
  /** `shards` in GET /gateway/bot (default 1). */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` in GET /gateway/bot (default 16). */
  maxConcurrency?: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Match = (request: RecordedRequest) => boolean;

interface KnownInteraction {
  token: string;
  channelId: string;
  acknowledged: boolean;
}

const CONTENT_LIMIT = 2000;

/**
 * A fake Discord on 127.0.0.1 (port chosen by the OS) that the real discord.js client can
 * log in to: REST under `/api/v10` and a gateway WebSocket on the same port. It records
 * every REST request, checks the bot token, message length and double acknowledgements
 * like Discord does, and lets tests dispatch events, hold requests or fail the next one.
 */
export async function startFakeDiscord({
  token,
  applicationId,
  guilds = [{ id: snowflake(), name: 'Testserver', channelId: snowflake() }],
  recommendedShards = 1,
  maxConcurrency = 16,
}: FakeDiscordOptions) {
  const bot: APIUser = fakeUser('ArticleBot', { id: applicationId, bot: true });
  const requests: RecordedRequest[] = [];
  const interactions = new Map<string, KnownInteraction>();
  const holds: Array<{ match: Match; released: Promise<void> }> = [];
  const failures: Array<{ match: Match; reply: Reply }> = [];
  const outages: Array<{ match: Match; reply: Reply; until: number }> = [];
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const check of [...waiters]) check();
  };
  let origin = '';
  const gateway = createFakeGateway({ bot, applicationId, guilds, url: () => origin.replace(/^http/, 'ws'), onChange: changed });

  function route(request: RecordedRequest): Reply {
    const { method, route: path, body } = request;
    const authorized = request.authorization === `Bot ${token}`;
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    let match: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return unauthorized;
      return {
        status: 200,
        body: {
          url: origin.replace(/^http/, 'ws'),
          shards: recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: maxConcurrency },
        },
      };
    }
    if ((match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && method === 'POST') {
      const known = interactions.get(match[1]!);
      if (!known || known.token !== match[2]) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
      if (known.acknowledged) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      const invalid = body?.type === InteractionResponseType.ChannelMessageWithSource ? checkContent(body.data ?? {}) : undefined;
      if (invalid) return invalid;
      known.acknowledged = true;
      return { status: 204 };
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      const known = [...interactions.values()].find((interaction) => interaction.token === match![2]);
      if (match[1] !== applicationId || !known?.acknowledged) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      if (method === 'DELETE' && match[3]) return { status: 204 };
      const invalid = method === 'PATCH' ? checkLength(body) : checkContent(body);
      if (invalid) return invalid;
      if ((method === 'PATCH' && match[3]) || (method === 'POST' && !match[3])) return { status: 200, body: sentMessage(bot, known.channelId, body) };
    }
    if ((match = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') {
      if (!authorized) return unauthorized;
      return checkContent(body) ?? { status: 200, body: sentMessage(bot, match[1]!, body) };
    }
    if ((match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && method === 'PUT') {
      if (!authorized) return unauthorized;
      if (match[1] !== applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      const stored = (body as Array<Record<string, unknown>>).map((command) => ({
        ...command,
        id: snowflake(),
        application_id: applicationId,
        version: snowflake(),
        ...(match![2] ? { guild_id: match![2] } : {}),
      }));
      return { status: 200, body: stored };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', origin);
    const prefix = '/api/v10';
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      route: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/') : url.pathname,
      query: url.searchParams,
      body: text && request.headers['content-type']?.includes('json') ? JSON.parse(text) : text || undefined,
      authorization: request.headers.authorization,
      at: performance.now(),
    };
    requests.push(recorded);
    changed();
    for (const hold of holds.filter((candidate) => candidate.match(recorded))) await hold.released;
    const failure = failures.findIndex((candidate) => candidate.match(recorded));
    const outage = outages.find((candidate) => candidate.until > performance.now() && candidate.match(recorded));
    const reply =
      failure >= 0
        ? failures.splice(failure, 1)[0]!.reply
        : outage
          ? outage.reply
          : url.pathname.startsWith(prefix)
            ? route(recorded)
            : { status: 404, body: { message: '404: Not Found', code: 0 } };
    recorded.response = reply.body;
    recorded.status = reply.status;
    changed();
    response.writeHead(reply.status, { ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }), ...reply.headers });
    response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `fake Discord failed: ${String(error)}`, code: 0 }));
    });
  });
  server.on('upgrade', (request, socket, head) => gateway.upgrade(request, socket, head));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Resolves with the first non-undefined `find()`, checked now and after every request or gateway event. */
  function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = requests.map((request) => `${request.method} ${request.route}`).join(', ') || 'none';
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Requests so far: ${seen}`));
      }, timeoutMs);
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  }

  return {
    /** REST base for discord.js's `rest.api` and `DISCORD_API_URL`: no `/v10`. */
    apiUrl: `${origin}/api`,
    bot,
    applicationId,
    guilds,
    /** The first guild, where most tests talk. */
    guild: guilds[0]!,
    requests,
    gateway,
    /** Sends a gateway dispatch to the shard that owns it; returns `performance.now()` at sending. */
    dispatch(t: GatewayDispatchEvents | string, d: { guild_id?: string }): number {
      if (t === GatewayDispatchEvents.InteractionCreate) {
        const interaction = d as APIInteraction;
        interactions.set(interaction.id, { token: interaction.token, channelId: interaction.channel?.id ?? '0', acknowledged: false });
      }
      const sentAt = performance.now();
      gateway.dispatch(t, d);
      return sentAt;
    },
    waitFor,
    /** The first recorded request (from `from` on) that matches. */
    waitForRequest(match: Match, what: string, { timeoutMs = 5000, from = 0 } = {}): Promise<RecordedRequest> {
      return waitFor(() => requests.slice(from).find(match), what, timeoutMs);
    },
    /** Resolves once `count` connections have identified and got READY and their guilds. */
    waitForIdentifies(count = 1, timeoutMs = 5000) {
      return waitFor(() => (gateway.identifies.length >= count ? gateway.identifies.slice(0, count) : undefined), `${count} gateway IDENTIFY`, timeoutMs);
    },
    /** Keeps matching requests waiting for their response until the returned function is called. */
    hold(match: Match): () => void {
      let release!: () => void;
      const entry = { match, released: new Promise<void>((resolve) => (release = resolve)) };
      holds.push(entry);
      return () => {
        holds.splice(holds.indexOf(entry), 1);
        release();
      };
    },
    /** Answers the next matching request with `status` and `body` instead of the normal response. */
    failNext(match: Match, status: number, body: unknown): void {
      failures.push({ match, reply: { status, body } });
    },
    /** Answers every matching request with `status` (and `headers`, `body`) for the next `ms`, as an outage or a rate limit would. */
    failFor(
      match: Match,
      ms: number,
      status: number,
      { headers = {}, body = { message: `${status}: fake outage`, code: 0 } }: { headers?: Record<string, string>; body?: unknown } = {},
    ): void {
      outages.push({ match, reply: { status, body, headers }, until: performance.now() + ms });
    },
    async close(): Promise<void> {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A running fake Discord, as {@link startFakeDiscord} returns it. */
export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

function checkLength(body: { content?: unknown }): Reply | undefined {
  if (typeof body?.content === 'string' && body.content.length > CONTENT_LIMIT) {
    return {
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${CONTENT_LIMIT} or fewer in length.` }] } },
      },
    };
  }
  return undefined;
}

function checkContent(body: { content?: unknown; embeds?: unknown[]; flags?: number }): Reply | undefined {
  if ((typeof body?.content !== 'string' || body.content === '') && !body?.embeds?.length)
    return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  return checkLength(body);
}

/** True when a callback or message carries the ephemeral flag. */
export function isEphemeral(body: { flags?: number; data?: { flags?: number } }): boolean {
  return ((body.data?.flags ?? body.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}
