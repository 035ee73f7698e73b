import { type APIInteraction, InteractionResponseType, MessageFlags } from 'discord.js';
import type { FakeDiscord } from './fake-discord.js';
import type { MessageBody } from './message-store.js';

/** An interaction's answer as the user ends up seeing it. */
export interface InteractionReply {
  /** The response type of the callback (4 reply, 5 deferred, 7 update, 8 autocomplete, …). */
  readonly callbackType: number;
  /** The payload the bot settled on: the callback's data, or for a deferred answer the edit that filled it in. */
  readonly body: MessageBody;
  /** Whether only the asker sees the message (fixed when the reply, or the deferral, was sent). */
  readonly ephemeral: boolean;
}

/** Deferred answers are filled in later by editing `@original`. */
const DEFERRED = new Set<number>([
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
]);

export async function waitForReply(
  fake: FakeDiscord,
  interaction: APIInteraction,
  timeoutMs: number,
): Promise<InteractionReply> {
  const callback = await fake.waitForCallback(interaction.id, timeoutMs);
  if (callback.problems.length > 0) {
    throw new Error(
      `Discord would refuse the callback to interaction ${interaction.id}: ${callback.problems.join('; ')}`,
    );
  }
  let body = callback.data ?? {};
  if (DEFERRED.has(callback.type)) {
    // An edit a scripted fault turned away (a 429, a 500) is not the answer: discord.js sends it again.
    const edit = await fake.requests.waitFor(
      (request) =>
        request.method === 'PATCH' &&
        request.params.token === interaction.token &&
        request.params.messageId === '@original' &&
        (request.fault === undefined || request.fault.kind === 'delay'),
      `the edit that fills in the deferred answer to interaction ${interaction.id}`,
      timeoutMs,
    );
    if (edit.status >= 300) {
      throw new Error(
        `The edit of interaction ${interaction.id}'s answer failed: ${JSON.stringify(edit.response)}`,
      );
    }
    body = edit.json as MessageBody;
  }
  const shown = fake.originalMessage(interaction.token);
  return {
    callbackType: callback.type,
    body,
    ephemeral: ((shown?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
  };
}
