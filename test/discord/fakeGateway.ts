import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayDispatchEvents, GatewayOpcodes, type APIUser } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreate, shardOf, type FakeGuild } from './payloads.ts';

/** What a client sent in IDENTIFY. */
export interface Identify {
  token: string;
  intents: number;
  shard: [number, number];
}

/** Options for {@link createFakeGateway}. */
export interface FakeGatewayOptions {
  bot: APIUser;
  applicationId: string;
  guilds: FakeGuild[];
  /** The gateway's own URL, for `resume_gateway_url`. */
  url: () => string;
  /** Called whenever something happened that a test may wait for. */
  onChange: () => void;
  /** Sent in HELLO (default 41 250 ms, Discord's usual). */
  heartbeatIntervalMs?: number;
}

interface Session {
  socket: WebSocket;
  identify?: Identify;
  seq: number;
}

/**
 * A Discord gateway over WebSocket: HELLO, heartbeat ACKs, IDENTIFY answered with READY
 * and a GUILD_CREATE per guild of that shard, then whatever the test dispatches.
 */
export function createFakeGateway({ bot, applicationId, guilds, url, onChange, heartbeatIntervalMs = 41_250 }: FakeGatewayOptions) {
  const server = new WebSocketServer({ noServer: true });
  const sessions = new Set<Session>();
  const identifies: Identify[] = [];
  const closes: number[] = [];
  const state: { closeOnIdentify: number | undefined } = { closeOnIdentify: undefined };

  function send(session: Session, payload: Record<string, unknown>): void {
    session.socket.send(JSON.stringify(payload));
  }

  function sendDispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    send(session, { op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
  }

  function onIdentify(session: Session, d: { token: string; intents: number; shard?: [number, number] }): void {
    if (state.closeOnIdentify !== undefined) {
      session.socket.close(state.closeOnIdentify, 'closed by the test');
      return;
    }
    const shard = d.shard ?? [0, 1];
    session.identify = { token: d.token, intents: d.intents, shard };
    const own = guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
    sendDispatch(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: bot,
      guilds: own.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: `fake-session-${identifies.length}`,
      resume_gateway_url: url(),
      shard,
      application: { id: applicationId, flags: 0 },
    });
    for (const guild of own) sendDispatch(session, GatewayDispatchEvents.GuildCreate, guildCreate(guild, bot));
    identifies.push(session.identify);
    onChange();
  }

  server.on('connection', (socket) => {
    const session: Session = { socket, seq: 0 };
    sessions.add(session);
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (op === GatewayOpcodes.Heartbeat) send(session, { op: GatewayOpcodes.HeartbeatAck });
      else if (op === GatewayOpcodes.Identify) onIdentify(session, d as Identify);
      else if (op === GatewayOpcodes.Resume) send(session, { op: GatewayOpcodes.InvalidSession, d: false });
    });
    socket.on('close', (code) => {
      sessions.delete(session);
      closes.push(code);
      onChange();
    });
    send(session, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: heartbeatIntervalMs } });
  });

  return {
    /** Set to a close code to answer every IDENTIFY by closing the connection with it (as Discord does for a bad token: 4004). */
    set closeOnIdentify(code: number | undefined) {
      state.closeOnIdentify = code;
    },
    /** Closes every open connection with `code`, as Discord does when it ends a session. */
    closeAll(code: number): void {
      for (const session of sessions) session.socket.close(code, 'closed by the test');
    },
    identifies,
    /** Close codes of the connections that ended, in order. */
    closes,
    get openConnections(): number {
      return sessions.size;
    },
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    },
    /** Sends a dispatch to the shard that owns `d.guild_id` (shard 0 without one). */
    dispatch(t: string, d: { guild_id?: string }): void {
      const candidates = [...sessions].filter((session) => session.identify);
      const target = candidates.find((session) => {
        const [id, count] = session.identify!.shard;
        return (d.guild_id === undefined ? 0 : shardOf(d.guild_id, count)) === id;
      });
      if (!target) throw new Error(`No identified gateway connection for ${t}${d.guild_id ? ` in guild ${d.guild_id}` : ''}`);
      sendDispatch(target, t, d);
    },
    close(): void {
      for (const session of sessions) session.socket.terminate();
      server.close();
    },
  };
}

/** The fake gateway {@link createFakeGateway} returns. */
export type FakeGateway = ReturnType<typeof createFakeGateway>;
