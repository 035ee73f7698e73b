import { findArticleByHash } from '../../src/discord/article-lookup.js';
import { decodeSectionButton, SECTION_PAGER } from '../../src/discord/custom-id.js';
import { TEXT } from '../../src/discord/messages.js';
import { noticeReply } from '../../src/discord/replies/payload.js';
import { sectionPage } from '../../src/discord/replies/section-page.js';
import type { ButtonClick, CommandContext, CommandOutcome } from '../types.js';

/** The previous / next page buttons under `/section`. */

export const kind = SECTION_PAGER;

export async function execute(
  click: ButtonClick,
  context: CommandContext,
): Promise<CommandOutcome | undefined> {
  const decoded = decodeSectionButton(click.customId);
  if (decoded === undefined) {
    await click.reply(noticeReply(TEXT.unknownButton, { ephemeral: true }));
    return undefined;
  }
  const { action, pager } = decoded;
  const article = findArticleByHash(context.engine.articles, pager.articleHash);
  const section = article?.sections[pager.section];
  const page = pager.page + (action === 'next' ? 1 : -1);
  const message =
    article === undefined || section === undefined ? undefined : sectionPage(article, section, page);
  if (message === undefined) {
    await click.reply(noticeReply(TEXT.staleSection, { ephemeral: true }));
    return { results: 0 };
  }
  await click.update(message);
  return { results: section?.paragraphs.length ?? 0 };
}
