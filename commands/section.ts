import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { openSection } from '../src/discord/replies/section-page.js';
import { articleScope, refuse } from './article-option.js';
import { autocompleteSection, sectionFromOption } from './section-option.js';
import type { AutocompleteRequest, CommandContext, CommandOutcome, SlashInteraction } from './types.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'section',
  description: DESCRIPTIONS.section,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: DESCRIPTIONS.sectionName,
      required: true,
      autocomplete: true,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The section's first page; longer sections get buttons to turn pages. */
export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const scope = articleScope(interaction.options, context);
  const match =
    'refusal' in scope
      ? scope
      : sectionFromOption(interaction.options.getString('name') ?? '', scope.articles);
  if ('refusal' in match) return refuse(interaction, match.refusal);
  await interaction.reply(openSection(match.article, match.section));
  return { results: match.section.paragraphs.length };
}

export async function autocomplete(request: AutocompleteRequest, context: CommandContext): Promise<void> {
  await autocompleteSection(request, context);
}
