import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { buildParagraphOutOfRangeReply, buildQuoteReply } from '../src/discord/replies/quote.js';
import { articleScope, refuse } from './article-option.js';
import { autocompleteSection, sectionFromOption } from './section-option.js';
import type { AutocompleteRequest, CommandContext, CommandOutcome, SlashInteraction } from './types.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quote',
  description: DESCRIPTIONS.quote,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'section',
      description: DESCRIPTIONS.quoteSection,
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'paragraph',
      description: DESCRIPTIONS.quoteParagraph,
      required: true,
      min_value: 1,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const { options } = interaction;
  const scope = articleScope(options, context);
  const match =
    'refusal' in scope ? scope : sectionFromOption(options.getString('section') ?? '', scope.articles);
  if ('refusal' in match) return refuse(interaction, match.refusal);
  const number = options.getInteger('paragraph') ?? 0;
  const paragraph = match.section.paragraphs.find((candidate) => candidate.number === number);
  if (paragraph === undefined) {
    await interaction.reply(buildParagraphOutOfRangeReply(match.section, number));
    return { results: 0 };
  }
  await interaction.reply(buildQuoteReply(match.article, match.section, paragraph));
  return { results: 1 };
}

export async function autocomplete(request: AutocompleteRequest, context: CommandContext): Promise<void> {
  await autocompleteSection(request, context);
}
