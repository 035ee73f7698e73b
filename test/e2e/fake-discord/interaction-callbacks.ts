import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord.js';
import { autocompleteProblems, isEmptyMessage, messageProblems } from './discord-limits.js';
import type { MessageBody } from './message-store.js';
import type { UploadedFile } from './request-body.js';

/** One `POST /interactions/:id/:token/callback` the bot made, accepted or not. */
export interface InteractionCallback {
  readonly interactionId: string;
  readonly token: string;
  readonly type: number;
  readonly data: MessageBody | undefined;
  readonly files: readonly UploadedFile[];
  /** Why Discord would have refused it; empty when it was accepted. */
  readonly problems: readonly string[];
  /** Milliseconds from sending the interaction to this callback's arrival. */
  readonly elapsedMs: number;
}

/** Discord forgets an interaction that is not acknowledged within 3 seconds of being sent. */
export const ACKNOWLEDGE_WITHIN_MS = 3_000;

export function lateProblem(elapsedMs: number, deadlineMs: number): string {
  return `acknowledged ${Math.round(elapsedMs)} ms after the interaction was sent, past the ${deadlineMs} ms deadline`;
}

/** Which response types may answer which kind of interaction. */
const ALLOWED_RESPONSES: Readonly<Record<number, readonly number[]>> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** What Discord would object to in a response of `type` with `data` to `interaction`. */
export function callbackProblems(
  interaction: APIInteraction,
  type: number,
  data: MessageBody | undefined,
  fileCount: number,
): string[] {
  if (!(ALLOWED_RESPONSES[interaction.type] ?? []).includes(type)) {
    return [`response type ${type} cannot answer an interaction of type ${interaction.type}`];
  }
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      if (isEmptyMessage(data ?? {}, fileCount)) return ['cannot send an empty message'];
      return messageProblems(data ?? {});
    case InteractionResponseType.UpdateMessage:
      return messageProblems(data ?? {});
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return autocompleteProblems(data);
    default:
      return [];
  }
}
