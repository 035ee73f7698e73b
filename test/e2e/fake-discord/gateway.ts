import type { Server } from 'node:http';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  type GatewayIdentifyData,
  GatewayOpcodes,
  type GatewayResumeData,
} from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import { EventLog } from './event-log.js';
import { type GatewayDrop, isResumable } from './faults.js';
import { guildCreateData, type World } from './world.js';

/** Discord's own interval; tests that want to see heartbeats pass a shorter one. */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;

interface DispatchPayload {
  readonly op: GatewayOpcodes.Dispatch;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

interface Session {
  readonly id: string;
  readonly token: string;
  sequence: number;
  /** Every dispatch of the session, so a RESUME can replay what the bot missed. */
  readonly sent: DispatchPayload[];
  socket: WebSocket | null;
}

/** The gateway opcodes a bot may send once identified that the fake has no reason to act on. */
const IGNORED_OPCODES = new Set<number>([
  GatewayOpcodes.PresenceUpdate,
  GatewayOpcodes.VoiceStateUpdate,
  GatewayOpcodes.RequestGuildMembers,
]);

export interface GatewayOptions {
  readonly world: World;
  readonly url: () => string;
  readonly nextId: () => string;
  readonly heartbeatIntervalMs: number;
}

/**
 * Discord's gateway over `ws`, JSON encoding, uncompressed. discord.js 14
 * only asks for zlib-stream when the optional `zlib-sync` package is
 * installed, which this project does not; a connection that asks for
 * compression or another encoding is closed with a reason saying so, rather
 * than answered with frames the client could not read.
 */
export class FakeGateway {
  /** Query strings of every connection, to check what the client asked for. */
  readonly connections = new EventLog<URLSearchParams>();
  readonly identifies = new EventLog<GatewayIdentifyData>();
  readonly resumes = new EventLog<GatewayResumeData>();
  readonly heartbeats = new EventLog<number | null>();
  /** Every connection the fake dropped on a test's request. */
  readonly drops = new EventLog<GatewayDrop>();
  readonly #server: WebSocketServer;
  readonly #sessions = new Map<string, Session>();
  readonly #options: GatewayOptions;
  #current: Session | null = null;

  constructor(httpServer: Server, options: GatewayOptions) {
    this.#options = options;
    this.#server = new WebSocketServer({ server: httpServer });
    this.#server.on('connection', (socket, request) => {
      this.#accept(socket, new URL(request.url ?? '/', 'ws://fake-discord.invalid').searchParams);
    });
  }

  /**
   * Sends a dispatch event (op 0) to the bot. While its connection is down
   * the event is kept in the session, as Discord keeps it, and replayed when
   * the bot resumes.
   */
  dispatch(event: string, data: unknown): void {
    const session = this.#current;
    if (session === null) {
      throw new Error(`Cannot dispatch ${event}: no bot has a session with the fake gateway`);
    }
    session.sequence += 1;
    const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data };
    session.sent.push(payload);
    session.socket?.send(JSON.stringify(payload));
  }

  /** Drops every connection at once, as a network failure would. */
  disconnectAll(): void {
    for (const client of this.#server.clients) client.terminate();
  }

  /**
   * Drops the bot's current connection the way `how` says. A session Discord
   * would end (see `GatewayDrop`) is forgotten, so a RESUME is answered with
   * op 9 and the bot has to identify again.
   */
  drop(how: GatewayDrop): void {
    const session = this.#current;
    const socket = session?.socket;
    if (session == null || socket == null) throw new Error('Cannot drop the bot: it is not connected');
    this.drops.append(how);
    if (!isResumable(how)) {
      this.#sessions.delete(session.id);
      this.#current = null;
    }
    switch (how.kind) {
      case 'terminate':
        socket.terminate();
        return;
      case 'close':
        socket.close(how.code, 'Dropped by the fake Discord');
        return;
      case 'reconnect':
        // As with op 9, closing is the client's part.
        send(socket, { op: GatewayOpcodes.Reconnect });
        return;
      case 'invalid-session':
        // Discord says so and leaves closing to the client, which then identifies on a new connection.
        send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
        return;
    }
  }

  close(): Promise<void> {
    this.disconnectAll();
    return new Promise((resolve, reject) =>
      this.#server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  #accept(socket: WebSocket, query: URLSearchParams): void {
    this.connections.append(query);
    const refusal = unsupportedQuery(query);
    if (refusal !== null) {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, refusal);
      return;
    }
    let session: Session | null = null;
    socket.on('message', (raw) => {
      const payload = parsePayload(raw.toString());
      if (payload === null) {
        socket.close(GatewayCloseCodes.DecodeError, 'Payloads must be JSON objects with an op');
        return;
      }
      session = this.#handle(socket, session, payload.op, payload.d);
    });
    socket.on('close', () => {
      if (session !== null && session.socket === socket) session.socket = null;
    });
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } });
  }

  /** Acts on one payload; returns the socket's session, which IDENTIFY and RESUME establish. */
  #handle(socket: WebSocket, session: Session | null, op: number, data: unknown): Session | null {
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats.append(typeof data === 'number' ? data : null);
        send(socket, { op: GatewayOpcodes.HeartbeatAck });
        return session;
      case GatewayOpcodes.Identify:
      case GatewayOpcodes.Resume:
        if (typeof data !== 'object' || data === null) {
          socket.close(GatewayCloseCodes.DecodeError, `Opcode ${op} needs a data object`);
          return session;
        }
        if (session !== null) {
          socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already identified');
          return session;
        }
        // Shapes are the client's to get right; the checks below look at the fields that matter.
        return op === GatewayOpcodes.Identify
          ? this.#identify(socket, data as GatewayIdentifyData)
          : this.#resume(socket, data as GatewayResumeData);
      default:
        if (session === null) {
          socket.close(GatewayCloseCodes.NotAuthenticated, 'Identify before sending anything else');
        } else if (!IGNORED_OPCODES.has(op)) {
          socket.close(GatewayCloseCodes.UnknownOpcode, `Unknown opcode ${op}`);
        }
        return session;
    }
  }

  #identify(socket: WebSocket, identify: GatewayIdentifyData): Session | null {
    this.identifies.append(identify);
    if (typeof identify.token !== 'string' || identify.token === '') {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
      return null;
    }
    const session: Session = {
      id: this.#options.nextId(),
      token: identify.token,
      sequence: 0,
      sent: [],
      socket,
    };
    this.#sessions.set(session.id, session);
    this.#current = session;
    const { world } = this.#options;
    this.dispatch(GatewayDispatchEvents.Ready, {
      v: 10,
      user: world.botUser,
      guilds: [{ id: world.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.#options.url(),
      shard: identify.shard ?? [0, 1],
      application: { id: world.applicationId, flags: 0 },
    });
    this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreateData(world));
    return session;
  }

  /** Replays what the bot missed and says RESUMED, or asks it to identify afresh (op 9, not resumable). */
  #resume(socket: WebSocket, resume: GatewayResumeData): Session | null {
    this.resumes.append(resume);
    const session = this.#sessions.get(resume.session_id);
    if (session === undefined || session.token !== resume.token) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return null;
    }
    session.socket = socket;
    this.#current = session;
    for (const missed of session.sent.filter((payload) => payload.s > resume.seq)) send(socket, missed);
    this.dispatch(GatewayDispatchEvents.Resumed, {});
    return session;
  }
}

function unsupportedQuery(query: URLSearchParams): string | null {
  if (query.get('v') !== '10') return `The fake gateway speaks v=10 only, not v=${query.get('v')}`;
  const encoding = query.get('encoding') ?? 'json';
  if (encoding !== 'json') return `The fake gateway speaks encoding=json only, not ${encoding}`;
  if (query.has('compress')) return `The fake gateway does not compress (compress=${query.get('compress')})`;
  return null;
}

function parsePayload(text: string): { op: number; d: unknown } | null {
  try {
    const payload: unknown = JSON.parse(text);
    if (typeof payload !== 'object' || payload === null || !('op' in payload)) return null;
    return typeof payload.op === 'number'
      ? { op: payload.op, d: 'd' in payload ? payload.d : undefined }
      : null;
  } catch {
    return null;
  }
}

function send(socket: WebSocket, payload: object): void {
  socket.send(JSON.stringify(payload));
}
