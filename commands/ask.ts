import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DESCRIPTIONS } from '../src/discord/messages.js';
import { parsePassageChoice, passageChoices } from '../src/discord/replies/choices.js';
import { deferReply, respond } from '../src/discord/respond.js';
import { answerQuestion, QUESTION_MAX_LENGTH } from './answer-question.js';
import { ARTICLE_OPTION, articleScope, refuse } from './article-option.js';
import type { AutocompleteRequest, CommandContext, CommandOutcome, SlashInteraction } from './types.js';

/** Suggestions start once there is something to match: one letter matches half the article. */
const AUTOCOMPLETE_MIN_LENGTH = 2;
/** Discord shows at most 25 choices; ask for that many passages. */
const SUGGESTIONS = 25;

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: DESCRIPTIONS.ask,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: DESCRIPTIONS.askQuestion,
      required: true,
      max_length: QUESTION_MAX_LENGTH,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      description: DESCRIPTIONS.askHide,
      required: false,
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'mention',
      description: DESCRIPTIONS.askMention,
      required: false,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `hide` makes the answer private; the router's deadline guard defers accordingly. */
export function privateReply(interaction: SlashInteraction): boolean {
  return interaction.options.getBoolean('hide') ?? false;
}

export async function execute(
  interaction: SlashInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const { options } = interaction;
  const scope = articleScope(options, context);
  if ('refusal' in scope) return refuse(interaction, scope.refusal);
  const hidden = privateReply(interaction);
  const mention = options.getUser('mention');
  // Discord never notifies a mention added by editing a deferred reply
  // (discord/discord-api-docs#5497), so an answer directed at someone is sent at once.
  if (mention === null || hidden) await deferReply(interaction, { ephemeral: hidden });
  const { payload, outcome } = answerQuestion(
    { text: options.getString('question') ?? '', slug: scope.slug, hidden, mentionUserId: mention?.id },
    context,
  );
  await respond(interaction, payload);
  return outcome;
}

/** Passages matching what has been typed so far; picking one answers with exactly that passage. */
export async function autocomplete(request: AutocompleteRequest, context: CommandContext): Promise<void> {
  const typed = request.options.getFocused(true).value.trim();
  if (typed.length < AUTOCOMPLETE_MIN_LENGTH || parsePassageChoice(typed) !== undefined) {
    await request.respond([]);
    return;
  }
  const slug = request.options.getString(ARTICLE_OPTION)?.trim();
  const answers = context.engine.ask(typed, {
    top: SUGGESTIONS,
    minScore: 0,
    ...(slug ? { article: slug } : {}),
  });
  await request.respond(passageChoices(answers));
}
