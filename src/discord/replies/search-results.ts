import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../search/types.js';
import { escapeText } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { TEXT } from '../messages.js';
import { rtlLine } from '../rtl.js';
import { clipAtWord, fitRendered, oneLine } from '../text-fit.js';
import {
  citationFooter,
  EMBED_COLOR,
  inlineValue,
  quoted,
  shownTitle,
  templateTitle,
} from './embed-parts.js';
import { NO_MENTIONS, noticeReply, type ReplyPayload } from './payload.js';

/** `/search`: a compact ranked list, one heading line and one excerpt line per hit. */

/** An excerpt line long enough to recognize the passage, short enough to stay one line on desktop. */
const EXCERPT_LINE_LENGTH = 160;
/** Room for a query echoed in a notice; the option itself is capped at 300. */
const QUERY_ECHO_LENGTH = 100;
/** Titles in a hit heading are clipped so a heading stays one line and far inside a hit's share. */
const HEADING_TITLE_LENGTH = 80;

const headingTitle = (title: string) => inlineValue(clipAtWord(title, HEADING_TITLE_LENGTH));

function hitHeading(answer: Answer, rank: number, withArticle: boolean): string {
  const where = TEXT.searchHit(
    headingTitle(shownTitle(answer.paragraph.sectionTitle)),
    answer.paragraph.number,
  );
  return rtlLine(`**${rank}.** ${withArticle ? `${headingTitle(answer.article.title)} · ` : ''}${where}`);
}

/** A hit as two lines (heading, excerpt) within `budget` characters. */
function hitLines(answer: Answer, rank: number, withArticle: boolean, budget: number): string {
  const heading = hitHeading(answer, rank, withArticle);
  const excerptBudget = Math.min(EXCERPT_LINE_LENGTH, budget - heading.length - 1);
  const excerpt = fitRendered(oneLine(answer.excerpt), excerptBudget, (text) => rtlLine(escapeText(text)));
  return excerpt === '' ? heading : `${heading}\n${excerpt}`;
}

/** Hits in rank order, or a note saying nothing matched. */
export function buildSearchReply(query: string, answers: readonly Answer[]): ReplyPayload {
  if (answers.length === 0) {
    return noticeReply(TEXT.searchEmpty(quoted(query, QUERY_ECHO_LENGTH)), { ephemeral: false });
  }
  const articleCount = new Set(answers.map((answer) => answer.article.slug)).size;
  const [first] = answers;
  // Hits are separated by a blank line; each gets an equal share of the description.
  const budget = Math.floor(DISCORD_LIMITS.embedDescription / answers.length) - 2;
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: templateTitle((value) => TEXT.searchTitle(`«${value}»`), query),
    description: answers
      .map((answer, index) => hitLines(answer, index + 1, articleCount > 1, budget))
      .join('\n\n'),
    ...(articleCount === 1 && first !== undefined ? { footer: citationFooter(first.article) } : {}),
  };
  return { embeds: [embed], components: [], allowedMentions: NO_MENTIONS };
}
