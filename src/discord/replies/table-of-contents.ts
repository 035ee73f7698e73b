import type { APIEmbed } from 'discord.js';
import { type Article, paragraphsOf } from '../../corpus/article.js';
import { DISCORD_LIMITS } from '../limits.js';
import { TEXT } from '../messages.js';
import { rtlLine } from '../rtl.js';
import { clipAtWord } from '../text-fit.js';
import {
  citationFooter,
  EMBED_COLOR,
  embedLength,
  embedTitle,
  inlineValue,
  shownTitle,
  sourceUrl,
} from './embed-parts.js';
import { NO_MENTIONS, type ReplyPayload } from './payload.js';

/** `/sections`: each article's sections, numbered as `/section` and `/quote` accept them, with paragraph counts. */

/** Long enough for any real heading; keeps one section to one line. */
const TOC_TITLE_LENGTH = 120;

function sectionLines(article: Article): string {
  const lines = article.sections.map((section) =>
    rtlLine(
      TEXT.tocLine(
        section.index + 1,
        inlineValue(clipAtWord(shownTitle(section.title), TOC_TITLE_LENGTH)),
        section.paragraphs.length,
      ),
    ),
  );
  const kept: string[] = [];
  let length = 0;
  // Reserve room for the "… and N more" line in case the list does not fit.
  const budget = DISCORD_LIMITS.embedDescription - rtlLine(TEXT.tocMore(lines.length)).length - 1;
  for (const line of lines) {
    if (length + line.length + 1 > budget) break;
    kept.push(line);
    length += line.length + 1;
  }
  const hidden = lines.length - kept.length;
  return [...kept, ...(hidden > 0 ? [rtlLine(TEXT.tocMore(hidden))] : [])].join('\n');
}

function articleEmbed(article: Article): APIEmbed {
  const url = sourceUrl(article);
  return {
    color: EMBED_COLOR,
    title: embedTitle(article.title),
    ...(url === undefined ? {} : { url }),
    description: sectionLines(article),
    footer: citationFooter(article, TEXT.tocSummary(article.sections.length, paragraphsOf(article).length)),
  };
}

/** One embed per article, as many as one message holds; a note asks to pick an article when some did not fit. */
export function buildTableOfContentsReply(articles: readonly Article[]): ReplyPayload {
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const article of articles) {
    const embed = articleEmbed(article);
    if (embeds.length === DISCORD_LIMITS.embeds || total + embedLength(embed) > DISCORD_LIMITS.embedTotal)
      break;
    embeds.push(embed);
    total += embedLength(embed);
  }
  return {
    ...(embeds.length < articles.length ? { content: rtlLine(TEXT.tocMoreArticles) } : {}),
    embeds,
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
