import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { buildTableOfContentsReply } from '../src/discord/replies/table-of-contents.js';
import { articleScope, refuse } from './article-option.js';
import type { CommandContext, CommandOutcome, SlashInteraction } from './types.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'sections',
  description: DESCRIPTIONS.sections,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const scope = articleScope(interaction.options, context);
  if ('refusal' in scope) return refuse(interaction, scope.refusal);
  await interaction.reply(buildTableOfContentsReply(scope.articles));
  return { results: scope.articles.reduce((sum, article) => sum + article.sections.length, 0) };
}
