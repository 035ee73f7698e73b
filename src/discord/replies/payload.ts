import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, MessageFlags } from 'discord.js';
import { DISCORD_LIMITS } from '../limits.js';
import { rtlBlock } from '../rtl.js';
import { fitRendered } from '../text-fit.js';

/**
 * The shape every reply builder returns: plain data, accepted as-is by
 * discord.js `reply`, `followUp`, `editReply` and `update`, and easy to
 * inspect in tests.
 */

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** Nothing is ever parsed for pings; the one explicit exception lists a user id. */
export interface AllowedMentions {
  readonly parse: readonly [];
  readonly users?: readonly string[];
}

export interface ReplyPayload {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ButtonRow[];
  readonly allowedMentions: AllowedMentions;
  readonly flags?: MessageFlags.Ephemeral;
}

/** Editing a message cannot change whether it is ephemeral, so edits carry no flags. */
export type MessageEdit = Omit<ReplyPayload, 'flags'>;

export const NO_MENTIONS: AllowedMentions = { parse: [] };

/** `flags` for a reply that only its requester sees, or nothing for a public one. */
export function visibility(ephemeral: boolean): Pick<ReplyPayload, 'flags'> {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

/** A short text reply (errors, refusals, cooldowns); `text` is display-ready, already escaped where needed. */
export function noticeReply(text: string, { ephemeral }: { readonly ephemeral: boolean }): ReplyPayload {
  return {
    content: fitRendered(text, DISCORD_LIMITS.content, rtlBlock),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
    ...visibility(ephemeral),
  };
}
