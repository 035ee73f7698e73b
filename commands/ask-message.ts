import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { CONTEXT_MENU_NAME, TEXT } from '../src/discord/messages.js';
import { noticeReply } from '../src/discord/replies/payload.js';
import { deferReply, respond } from '../src/discord/respond.js';
import { clipAtWord } from '../src/discord/text-fit.js';
import { answerQuestion, QUESTION_MAX_LENGTH } from './answer-question.js';
import type { CommandContext, CommandOutcome, MessageMenuInteraction } from './types.js';

/**
 * Message context menu: ask the article with the text of someone's message.
 * The answer is shown only to whoever asked; posting it publicly would read
 * as the bot replying to that message's author unprompted.
 */
export const data = {
  type: ApplicationCommandType.Message,
  name: CONTEXT_MENU_NAME,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** The answer is always private (see above); the router's deadline guard defers accordingly. */
export function privateReply(): boolean {
  return true;
}

export async function execute(
  interaction: MessageMenuInteraction,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const text = interaction.targetMessage.content.trim();
  if (text === '') {
    await interaction.reply(noticeReply(TEXT.emptyTargetMessage, { ephemeral: true }));
    return { results: 0 };
  }
  await deferReply(interaction, { ephemeral: privateReply() });
  // Questions are capped like `/ask`'s; a longer message is cut at a word.
  const { payload, outcome } = answerQuestion(
    { text: clipAtWord(text, QUESTION_MAX_LENGTH), hidden: true },
    context,
  );
  await respond(interaction, payload);
  return outcome;
}
