import { type APIMessage, MessageFlags, MessageType } from 'discord.js';
import type { World } from './world.js';

/** A message payload exactly as the bot sent it (callback data or webhook body). */
export type MessageBody = Readonly<Record<string, unknown>>;

/** The fields a message payload may set; the rest of a message is Discord's to fill in. */
const BODY_FIELDS = ['content', 'embeds', 'components', 'attachments', 'poll'] as const;

interface Thread {
  original?: APIMessage;
  readonly followUps: Map<string, APIMessage>;
}

/**
 * The messages interaction responses create, per interaction token, so that
 * edits, fetches and button presses see the same message Discord would show.
 */
export class MessageStore {
  readonly #threads = new Map<string, Thread>();
  readonly #world: World;
  readonly #nextId: () => string;

  constructor(world: World, nextId: () => string) {
    this.#world = world;
    this.#nextId = nextId;
  }

  /** A component interaction's `@original` is the message its button sits on. */
  adoptOriginal(token: string, message: APIMessage): void {
    this.#thread(token).original = message;
  }

  /** The reply a type 4 (or, still loading, type 5) callback posts. */
  createOriginal(token: string, body: MessageBody, loading: boolean): APIMessage {
    const flags = flagsOf(body) | (loading ? MessageFlags.Loading : 0);
    const message = this.#newMessage({ ...body, flags });
    this.#thread(token).original = message;
    return message;
  }

  createFollowUp(token: string, body: MessageBody): APIMessage {
    const message = this.#newMessage(body);
    this.#thread(token).followUps.set(message.id, message);
    return message;
  }

  /** `messageId` is a follow-up's id or `@original`. */
  find(token: string, messageId: string): APIMessage | undefined {
    const thread = this.#threads.get(token);
    if (thread === undefined) return undefined;
    if (messageId === '@original' || messageId === thread.original?.id) return thread.original;
    return thread.followUps.get(messageId);
  }

  /**
   * Applies an edit the way Discord does: fields the body leaves out keep
   * their value, an ephemeral reply stays ephemeral, and a loading one stops loading.
   */
  edit(token: string, messageId: string, body: MessageBody): APIMessage | undefined {
    const previous = this.find(token, messageId);
    if (previous === undefined) return undefined;
    const keptFlags = (previous.flags ?? 0) & MessageFlags.Ephemeral;
    const edited: APIMessage = {
      ...previous,
      ...pickBodyFields(body),
      flags: keptFlags | flagsOf(body),
      edited_timestamp: new Date().toISOString(),
    };
    this.#replace(token, edited);
    return edited;
  }

  delete(token: string, messageId: string): boolean {
    const message = this.find(token, messageId);
    const thread = this.#threads.get(token);
    if (message === undefined || thread === undefined) return false;
    if (message === thread.original) thread.original = undefined;
    else thread.followUps.delete(message.id);
    return true;
  }

  #replace(token: string, message: APIMessage): void {
    const thread = this.#thread(token);
    if (thread.original?.id === message.id) thread.original = message;
    else thread.followUps.set(message.id, message);
  }

  #thread(token: string): Thread {
    let thread = this.#threads.get(token);
    if (thread === undefined) {
      thread = { followUps: new Map() };
      this.#threads.set(token, thread);
    }
    return thread;
  }

  #newMessage(body: MessageBody): APIMessage {
    return {
      id: this.#nextId(),
      channel_id: this.#world.channel.id,
      author: this.#world.botUser,
      application_id: this.#world.applicationId,
      webhook_id: this.#world.applicationId,
      type: MessageType.ChatInputCommand,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      ...pickBodyFields(body),
      flags: flagsOf(body),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      pinned: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
    };
  }
}

/**
 * The bot's own JSON echoed back into a message: discord.js built and
 * validated it, so it is trusted to have the shape the message fields expect.
 */
function pickBodyFields(body: MessageBody): Partial<APIMessage> {
  const picked: Record<string, unknown> = {};
  for (const field of BODY_FIELDS) if (body[field] !== undefined) picked[field] = body[field];
  return picked as Partial<APIMessage>;
}

function flagsOf(body: MessageBody): number {
  return typeof body.flags === 'number' ? body.flags : 0;
}
