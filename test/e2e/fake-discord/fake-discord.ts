import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIApplicationCommand, APIInteraction, APIMessage } from 'discord.js';
import { type CommandScope, CommandStore } from './command-store.js';
import { DEFAULT_WAIT_MS, EventLog } from './event-log.js';
import { RestFaults } from './faults.js';
import { DEFAULT_HEARTBEAT_INTERVAL_MS, FakeGateway } from './gateway.js';
import { ACKNOWLEDGE_WITHIN_MS, type InteractionCallback } from './interaction-callbacks.js';
import { InteractionFactory } from './interactions.js';
import { MessageStore } from './message-store.js';
import { type InteractionReply, waitForReply } from './replies.js';
import { restRoutes } from './rest-api.js';
import { API_BASE_PATH, createRestHandler, type RecordedRequest } from './rest-server.js';
import { createSnowflakeSequence } from './snowflakes.js';
import { createWorld, type World } from './world.js';

export interface FakeDiscordOptions {
  readonly heartbeatIntervalMs?: number;
  /** Discord's 3 seconds to acknowledge an interaction; shorter lets a test of the deadline itself run fast. */
  readonly acknowledgeWithinMs?: number;
}

/**
 * A Discord that lives on 127.0.0.1: REST under `apiUrl` + `/v10` and the
 * gateway at `gatewayUrl`, on one port the OS picks. A real discord.js client
 * (the bot) connects to it as to Discord; tests drive it by dispatching
 * interactions and wait, event driven and with bounded timeouts, for what the
 * bot sends back.
 */
export class FakeDiscord {
  readonly world: World;
  readonly interactions: InteractionFactory;
  /** Every REST call, in arrival order. */
  readonly requests = new EventLog<RecordedRequest>();
  /** Every interaction callback, accepted or refused. */
  readonly callbacks = new EventLog<InteractionCallback>();
  /** REST faults scripted by tests, and those that fired; gateway drops are `gateway.drop()`. */
  readonly faults = new RestFaults();
  readonly gateway: FakeGateway;
  readonly #server: Server;
  readonly #messages: MessageStore;
  readonly #commands: CommandStore;
  readonly #dispatched = new Map<string, APIInteraction>();
  readonly #dispatchedAt = new Map<string, number>();

  private constructor(server: Server, options: FakeDiscordOptions) {
    const nextId = createSnowflakeSequence();
    this.#server = server;
    this.world = createWorld(nextId);
    this.interactions = new InteractionFactory(this.world, nextId);
    this.#messages = new MessageStore(this.world, nextId);
    this.#commands = new CommandStore(this.world.applicationId, nextId);
    this.gateway = new FakeGateway(server, {
      world: this.world,
      url: () => this.gatewayUrl,
      nextId,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    });
    const routes = restRoutes({
      world: this.world,
      gatewayUrl: () => this.gatewayUrl,
      commands: this.#commands,
      messages: this.#messages,
      interactions: this.#dispatched,
      dispatchedAt: this.#dispatchedAt,
      acknowledgeWithinMs: options.acknowledgeWithinMs ?? ACKNOWLEDGE_WITHIN_MS,
      callbacks: this.callbacks,
    });
    server.on('request', createRestHandler(routes, this.requests, this.faults));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  /** What the bot gets as `DISCORD_API_URL`; discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port()}${API_BASE_PATH}`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port()}`;
  }

  /** The commands registered in `scope`, as Discord stores them (with ids). */
  commands(scope: CommandScope): readonly APIApplicationCommand[] {
    return this.#commands.list(scope);
  }

  /** REST calls to routes the fake does not know: the bot asked Discord for something unexpected. */
  unknownRequests(): RecordedRequest[] {
    return this.requests.entries.filter((request) => request.route === null);
  }

  /**
   * Sends INTERACTION_CREATE to the bot; from then on its id and token can be
   * answered, and the 3 seconds Discord gives to acknowledge it start.
   */
  dispatchInteraction(interaction: APIInteraction): void {
    this.#dispatched.set(interaction.id, interaction);
    this.#dispatchedAt.set(interaction.id, performance.now());
    if (interaction.message !== undefined)
      this.#messages.adoptOriginal(interaction.token, interaction.message);
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
  }

  waitForCallback(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<InteractionCallback> {
    return this.callbacks.waitFor(
      (callback) => callback.interactionId === interactionId,
      `the bot's callback to interaction ${interactionId}`,
      timeoutMs,
    );
  }

  /** The answer the user ends up seeing, following a deferred reply to its edit. */
  waitForReply(interaction: APIInteraction, timeoutMs = DEFAULT_WAIT_MS): Promise<InteractionReply> {
    return waitForReply(this, interaction, timeoutMs);
  }

  /** The message an interaction's `@original` currently is: its reply, or the message its button is on. */
  originalMessage(token: string): APIMessage | undefined {
    return this.#messages.find(token, '@original');
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.#server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  #port(): number {
    return (this.#server.address() as AddressInfo).port;
  }
}
