/**
 * Follows every interaction of a round from its dispatch to the answer the
 * user ends up seeing: the callback (the acknowledgement), and for a deferred
 * one the edit of `@original` that fills it in. One watcher looks at each
 * REST call the fake records exactly once, as it is recorded (so the times
 * are when the fake received it), rather than one waiter per interaction,
 * which would cost the fake, sharing the machine with the bot, quadratic time.
 */
import { type APIInteraction, InteractionResponseType } from 'discord.js';
import type { FakeDiscord } from '../test/e2e/fake-discord/fake-discord.js';
import type { RecordedRequest } from '../test/e2e/fake-discord/rest-server.js';

export interface AnswerTiming {
  readonly interactionId: string;
  /** Dispatch → the bot's callback (Discord's 3-second acknowledgement deadline applies here). */
  readonly ackMs: number;
  /** Dispatch → the final answer: the callback itself, or the edit after a deferral. */
  readonly answerMs: number;
  /** `performance.now()` when the final answer arrived. */
  readonly answeredAt: number;
}

const CALLBACK_ROUTE = 'POST /interactions/:interactionId/:token/callback';
const EDIT_ROUTE = 'PATCH /webhooks/:applicationId/:token/messages/:messageId';
const TOO_MANY_REQUESTS = 429;
const SERVER_ERROR = 500;

interface Pending {
  readonly id: string;
  sentAt?: number;
  ackAt?: number;
}

export class AnswerWatch {
  /** By interaction token: the one thing both the callback and the edit carry. */
  readonly #pending = new Map<string, Pending>();
  readonly #timings: AnswerTiming[] = [];
  readonly #done: Promise<unknown>;
  #finished = false;
  #unacknowledged = 0;
  #slot: { readonly below: number; readonly resolve: () => void } | undefined;

  /** Starts watching; create it before dispatching, so that no answer can come first. */
  constructor(fake: FakeDiscord, interactions: readonly APIInteraction[], timeoutMs: number) {
    for (const { id, token } of interactions) this.#pending.set(token, { id });
    const done =
      this.#pending.size === 0
        ? Promise.resolve()
        : fake.requests.waitFor(
            (request) => this.#observe(request),
            `the answers to ${interactions.length} interactions`,
            timeoutMs,
          );
    this.#done = done.finally(() => {
      this.#finished = true;
      this.#slot?.resolve();
    });
  }

  /** Whether every answer came, or the bound ran out: either way, nothing more is worth sending. */
  get finished(): boolean {
    return this.#finished;
  }

  sent(interaction: APIInteraction, at: number): void {
    const pending = this.#pending.get(interaction.token);
    if (pending === undefined) return;
    pending.sentAt = at;
    this.#unacknowledged++;
  }

  /** Resolves once fewer than `limit` interactions await their acknowledgement (or the watch is over). */
  async acknowledgedBelow(limit: number): Promise<void> {
    if (this.#finished || this.#unacknowledged < limit) return;
    await new Promise<void>((resolve) => {
      this.#slot = { below: limit, resolve };
    });
  }

  /** Every answer that came, once all have or the bound ran out (the rest are missing). */
  async answers(): Promise<readonly AnswerTiming[]> {
    await this.#done.catch(() => undefined);
    return this.#timings;
  }

  /** Called once per recorded request; true once nothing is pending. */
  #observe(request: RecordedRequest): boolean {
    const now = performance.now();
    const token = request.params.token ?? '';
    const pending = this.#pending.get(token);
    if (pending?.sentAt === undefined) return false;
    if (request.route === CALLBACK_ROUTE && pending.ackAt === undefined) {
      pending.ackAt = now;
      this.#acknowledged();
      // A refused callback ends the interaction: Discord does not take a second one.
      if (request.status >= 300) this.#pending.delete(token);
      else if (!isDeferral(request.json)) this.#answered(token, pending, now);
    } else if (request.route === EDIT_ROUTE && request.params.messageId === '@original') {
      // discord.js sends a rate-limited or failed (5xx) edit again; any other refusal is final.
      if (request.status < 300) this.#answered(token, pending, now);
      else if (request.status !== TOO_MANY_REQUESTS && request.status < SERVER_ERROR)
        this.#pending.delete(token);
    }
    return this.#pending.size === 0;
  }

  #acknowledged(): void {
    this.#unacknowledged--;
    const slot = this.#slot;
    if (slot !== undefined && this.#unacknowledged < slot.below) {
      this.#slot = undefined;
      slot.resolve();
    }
  }

  #answered(token: string, pending: Pending, now: number): void {
    const sentAt = pending.sentAt ?? now;
    this.#timings.push({
      interactionId: pending.id,
      ackMs: (pending.ackAt ?? now) - sentAt,
      answerMs: now - sentAt,
      answeredAt: now,
    });
    this.#pending.delete(token);
  }
}

function isDeferral(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    'type' in body &&
    body.type === InteractionResponseType.DeferredChannelMessageWithSource
  );
}
