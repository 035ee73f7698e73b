import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { buildSearchReply } from '../src/discord/replies/search-results.js';
import { deferReply, respond } from '../src/discord/respond.js';
import { QUESTION_MAX_LENGTH } from './answer-question.js';
import { articleScope, refuse } from './article-option.js';
import type { CommandContext, CommandOutcome, SlashInteraction } from './types.js';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 10;

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'search',
  description: DESCRIPTIONS.search,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: DESCRIPTIONS.searchQuery,
      required: true,
      max_length: QUESTION_MAX_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'limit',
      description: DESCRIPTIONS.searchLimit,
      required: false,
      min_value: 1,
      max_value: MAX_LIMIT,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * Every passage sharing a word with the query, best first: unlike `/ask`,
 * a search lists weak matches too (minScore 0), since the user reads and judges.
 */
export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const { options } = interaction;
  const scope = articleScope(options, context);
  if ('refusal' in scope) return refuse(interaction, scope.refusal);
  await deferReply(interaction, { ephemeral: false });
  const query = options.getString('query') ?? '';
  const limit = Math.min(Math.max(options.getInteger('limit') ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const answers = context.engine.ask(query, {
    top: limit,
    minScore: 0,
    ...(scope.slug === undefined ? {} : { article: scope.slug }),
  });
  await respond(interaction, buildSearchReply(query, answers));
  return { results: answers.length, ...(answers[0] === undefined ? {} : { topScore: answers[0].score }) };
}
