import { MessageFlags } from 'discord.js';
import type { Repliable } from '../../commands/types.js';
import { createAcknowledgementBacklog } from './acknowledgement-backlog.js';
import type { ReplyPayload } from './replies/payload.js';

/**
 * Sends `payload` whatever state the interaction is in: the first reply, the
 * reply that replaces a deferred "thinking…" message (its visibility was fixed
 * when it was deferred), or a follow-up once a reply exists.
 */
export async function respond(interaction: Repliable, payload: ReplyPayload): Promise<void> {
  if (interaction.replied) {
    await interaction.followUp(payload);
  } else if (interaction.deferred) {
    const { flags: _fixedAtDeferral, ...edit } = payload;
    await interaction.editReply(edit);
  } else {
    await interaction.reply(payload);
  }
}

/** One per process: deferrals compete for its CPU and its connection to Discord, whichever interaction they serve. */
const backlog = createAcknowledgementBacklog();

/**
 * Acknowledges an interaction before work whose duration grows with the
 * corpus, so Discord's 3-second deadline cannot expire under a big one; then
 * lets the other interactions' acknowledgements go first (see
 * `acknowledgement-backlog.ts`).
 */
export async function deferReply(interaction: Repliable, { ephemeral }: { readonly ephemeral: boolean }) {
  await backlog.acknowledge(() => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
  await backlog.drained();
}
