import type { Interaction } from 'discord.js';
import type {
  AutocompleteRequest,
  ButtonClick,
  MessageMenuInteraction,
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
  | { readonly kind: 'button'; readonly interaction: ButtonClick };

/** The tagged interaction, or undefined for kinds the bot has no use for (modals, select menus…). */
export function toIncoming(interaction: Interaction): Incoming | undefined {
  if (interaction.isChatInputCommand()) return { kind: 'slash', interaction };
  if (interaction.isMessageContextMenuCommand()) return { kind: 'message-menu', interaction };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', interaction };
  if (interaction.isButton()) return { kind: 'button', interaction };
  return undefined;
}
