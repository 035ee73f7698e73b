import { resolvePassage } from '../../src/discord/answer-pages.js';
import { ANSWER_PAGER, decodeAnswerButton } from '../../src/discord/custom-id.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { TEXT } from '../../src/discord/messages.js';
import { buildAnswerUpdate } from '../../src/discord/replies/answer.js';
import { noticeReply } from '../../src/discord/replies/payload.js';
import type { ButtonClick, CommandContext, CommandOutcome } from '../types.js';

/** The buttons under an answer: previous / next passage, whole paragraph / excerpt. */

export const kind = ANSWER_PAGER;

export async function execute(
  click: ButtonClick,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  // Every id the bot makes fits Discord's limit; a longer one is forged, and its buttons could not be rebuilt.
  const decoded =
    click.customId.length > DISCORD_LIMITS.customId ? undefined : decodeAnswerButton(click.customId);
  if (decoded === undefined) {
    await click.reply(noticeReply(TEXT.unknownButton, { ephemeral: true }));
    return undefined;
  }
  const { action, pager } = decoded;
  const step = action === 'next' ? 1 : action === 'previous' ? -1 : 0;
  const moved = { ...pager, page: pager.page + step };
  const passage = resolvePassage(moved, context.engine.articles);
  if (passage === undefined) {
    await click.reply(noticeReply(TEXT.staleAnswer, { ephemeral: true }));
    return { results: 0 };
  }
  const questionLine = click.message.embeds[0]?.author?.name;
  await click.update(
    buildAnswerUpdate({ passage, pager: moved, view: action === 'full' ? 'full' : 'excerpt' }, questionLine),
  );
  return { results: pager.passages.length };
}
