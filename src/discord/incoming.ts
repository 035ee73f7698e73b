import { type Interaction, InteractionType } from 'discord.js';
import type {
  AutocompleteRequest,
  ButtonClick,
  MessageMenuInteraction,
  Repliable,
  SlashInteraction,
} from '../../commands/types.js';

/**
 * The interactions the bot handles, tagged by kind. This is where discord.js
 * objects become the structural types handlers are written against, so the
 * compiler checks here that discord.js really provides what handlers call.
 */
export type Incoming =
  | { readonly kind: 'slash'; readonly interaction: SlashInteraction }
  | { readonly kind: 'message-menu'; readonly interaction: MessageMenuInteraction }
  | { readonly kind: 'autocomplete'; readonly interaction: AutocompleteRequest }
  | { readonly kind: 'button'; readonly interaction: ButtonClick }
  /** One the bot has no handler for (a modal, a select menu, a user command): `what` names it for the log. */
  | { readonly kind: 'unsupported'; readonly interaction: Repliable; readonly what: string };

/**
 * The tagged interaction, or undefined for one that cannot be answered (a
 * ping). Kinds the bot has no use for are still tagged, as unsupported: left
 * unanswered, Discord would tell the user "this interaction failed".
 */
export function toIncoming(interaction: Interaction): Incoming | undefined {
  if (interaction.isChatInputCommand()) return { kind: 'slash', interaction };
  if (interaction.isMessageContextMenuCommand()) return { kind: 'message-menu', interaction };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', interaction };
  if (interaction.isButton()) return { kind: 'button', interaction };
  if (interaction.isRepliable()) {
    return {
      kind: 'unsupported',
      interaction,
      what: InteractionType[interaction.type] ?? String(interaction.type),
    };
  }
  return undefined;
}
