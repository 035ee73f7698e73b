import { inlineCode } from 'discord.js';
import type { Article, Paragraph, Section } from '../../corpus/article.js';
import { DISCORD_LIMITS } from '../limits.js';
import { LABELS, TEXT } from '../messages.js';
import { isolate, rtlLine } from '../rtl.js';
import { clipAtWord, fitRendered, oneLine } from '../text-fit.js';
import {
  citationFooter,
  inlineValue,
  proseBlock,
  sectionEmbedHead,
  shownTitle,
  sourceUrl,
} from './embed-parts.js';
import { NO_MENTIONS, noticeReply, type ReplyPayload } from './payload.js';

/** `/quote`: one paragraph verbatim, and a citation line to paste under it wherever it is quoted. */

/** Titles inside the citation line: even fully escaped (twice as long), both fit a field value (1,024)… */
const CITATION_TITLE_LENGTH = 200;
/** …with room left for a web source, which is shown as it is. */
const CITATION_URL_LENGTH = 150;

/** «Article»، قسم «Section»، الفقرة n — source */
function citationLine(article: Article, section: Section, paragraph: Paragraph): string {
  const titled = (title: string) => `«${inlineValue(clipAtWord(title, CITATION_TITLE_LENGTH))}»`;
  const citation = TEXT.citation(titled(article.title), titled(shownTitle(section.title)), paragraph.number);
  const source = article.source?.trim() ?? '';
  if (source === '') return rtlLine(citation);
  const url = sourceUrl(article);
  // A web source as inline code: copied exactly (escaping would break the address) yet not a live link.
  if (url !== undefined && !url.includes('`') && url.length <= CITATION_URL_LENGTH) {
    return rtlLine(`${citation} — ${isolate(inlineCode(url))}`);
  }
  return fitRendered(oneLine(source), DISCORD_LIMITS.embedFieldValue, (text) =>
    rtlLine(`${citation} — ${inlineValue(text)}`),
  );
}

export function buildQuoteReply(article: Article, section: Section, paragraph: Paragraph): ReplyPayload {
  return {
    embeds: [
      {
        ...sectionEmbedHead(article, section),
        description: proseBlock(paragraph.text, DISCORD_LIMITS.embedDescription),
        fields: [
          {
            name: LABELS.paragraphField,
            value: rtlLine(TEXT.paragraphNumber(paragraph.number, section.paragraphs.length)),
          },
          { name: LABELS.citationField, value: citationLine(article, section, paragraph) },
        ],
        footer: citationFooter(article),
      },
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** A paragraph number outside the section: say which numbers exist. */
export function buildParagraphOutOfRangeReply(section: Section, requested: number): ReplyPayload {
  const name = `«${inlineValue(shownTitle(section.title))}»`;
  return noticeReply(TEXT.paragraphOutOfRange(requested, name, section.paragraphs.length), {
    ephemeral: true,
  });
}
