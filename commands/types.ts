import type {
  MessageFlags,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Choice } from '../src/discord/replies/choices.js';
import type { MessageEdit, ReplyPayload } from '../src/discord/replies/payload.js';
import type { SearchEngine } from '../src/search/types.js';

/**
 * What command handlers see of an interaction: only the members they call,
 * as structural types. discord.js interactions satisfy them (checked where
 * they are handed over, in `src/discord/incoming.ts`), and tests pass plain
 * objects that record what was sent.
 */

export interface CommandContext {
  readonly engine: SearchEngine;
}

/** What a handler reports for the log line. */
export interface CommandOutcome {
  readonly results?: number;
  readonly topScore?: number;
}

export interface InteractionUser {
  readonly id: string;
}

/** An interaction answered with a message. */
export interface Repliable {
  readonly user: InteractionUser;
  readonly deferred: boolean;
  readonly replied: boolean;
  reply(payload: ReplyPayload): Promise<unknown>;
  deferReply(options: { readonly flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(payload: MessageEdit): Promise<unknown>;
  followUp(payload: ReplyPayload): Promise<unknown>;
}

export interface SlashOptions {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getBoolean(name: string): boolean | null;
  getUser(name: string): InteractionUser | null;
}

export interface SlashInteraction extends Repliable {
  readonly commandName: string;
  readonly options: SlashOptions;
}

export interface MessageMenuInteraction extends Repliable {
  readonly commandName: string;
  readonly targetMessage: { readonly content: string };
}

export interface AutocompleteRequest {
  readonly user: InteractionUser;
  readonly commandName: string;
  readonly responded: boolean;
  readonly options: {
    getFocused(full: true): { readonly name: string; readonly value: string };
    getString(name: string): string | null;
  };
  respond(choices: Choice[]): Promise<unknown>;
}

export interface ButtonClick extends Repliable {
  readonly customId: string;
  /** The message the button sits on; page turns copy its question line. */
  readonly message: { readonly embeds: readonly { readonly author: { readonly name: string } | null }[] };
  update(payload: MessageEdit): Promise<unknown>;
  /** Acknowledges the click, the message to be edited later; the router's deadline guard uses it. */
  deferUpdate(): Promise<unknown>;
}

export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: SlashInteraction, context: CommandContext): Promise<CommandOutcome | undefined>;
  autocomplete?(request: AutocompleteRequest, context: CommandContext): Promise<void>;
  /**
   * Whether the answer will be visible to the user alone (absent: public).
   * When a handler is too slow for Discord's 3-second window the router
   * defers on its behalf, and a deferral fixes the reply's visibility, so it
   * must hide exactly when the answer would have.
   */
  privateReply?(interaction: SlashInteraction): boolean;
}

export interface MessageMenuCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageMenuInteraction, context: CommandContext): Promise<CommandOutcome | undefined>;
  /** As for slash commands. */
  privateReply?(interaction: MessageMenuInteraction): boolean;
}

/** Handles the buttons whose custom id starts with `kind` (see `src/discord/custom-id.ts`). */
export interface ButtonHandler {
  readonly kind: string;
  execute(click: ButtonClick, context: CommandContext): Promise<CommandOutcome | undefined>;
}
