import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { buildHelpReply } from '../src/discord/replies/help.js';
import type { CommandContext, CommandOutcome, SlashInteraction } from './types.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: DESCRIPTIONS.help,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  await interaction.reply(buildHelpReply(context.engine.articles));
  return undefined;
}
