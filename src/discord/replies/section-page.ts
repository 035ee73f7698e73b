import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Article, Section } from '../../corpus/article.js';
import { encodeSectionButton, hashPrefix, type SectionAction, type SectionPager } from '../custom-id.js';
import { escapeText } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { LABELS, TEXT } from '../messages.js';
import { rtlBlock, rtlLine } from '../rtl.js';
import { splitRendered } from '../text-fit.js';
import { citationFooter, sectionEmbedHead } from './embed-parts.js';
import { type ButtonRow, type MessageEdit, NO_MENTIONS } from './payload.js';

/**
 * `/section`: a whole section, one embed per page. Pages are recomputed from
 * the article on every click (same text, same pages), so a page button needs
 * only the section and the page number.
 */

const PARAGRAPH_SEPARATOR = '\n\n';

/** Each paragraph, numbered; one longer than a page continues on the next, keeping its number. */
function paragraphBlocks(section: Section): string[] {
  return section.paragraphs.flatMap((paragraph) =>
    splitRendered(paragraph.text, DISCORD_LIMITS.embedDescription, (text) =>
      rtlBlock(`**${paragraph.number}.** ${escapeText(text)}`),
    ),
  );
}

type Pages = readonly [string, ...string[]];

/** The section's descriptions, page by page, each within the embed description limit; never none. */
export function sectionPages(section: Section): Pages {
  const [first, ...rest] = paragraphBlocks(section);
  if (first === undefined) return [rtlLine(TEXT.emptySection)];
  const pages: string[] = [];
  let current = first;
  for (const block of rest) {
    if (current.length + PARAGRAPH_SEPARATOR.length + block.length <= DISCORD_LIMITS.embedDescription) {
      current += PARAGRAPH_SEPARATOR + block;
    } else {
      pages.push(current);
      current = block;
    }
  }
  const [head = current, ...tail] = [...pages, current];
  return [head, ...tail];
}

function pageButton(action: SectionAction, pager: SectionPager, disabled: boolean): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: action === 'next' ? LABELS.next : LABELS.previous,
    custom_id: encodeSectionButton(action, pager),
    disabled,
  };
}

/** "Next" first: Discord lays buttons out left to right, so "previous" ends up on the right, where RTL readers start. */
function pageButtons(pager: SectionPager, pageCount: number): ButtonRow[] {
  if (pageCount <= 1) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        pageButton('next', pager, pager.page >= pageCount - 1),
        pageButton('previous', pager, pager.page === 0),
      ],
    },
  ];
}

function pageMessage(
  article: Article,
  section: Section,
  pages: Pages,
  page: number,
  description: string,
): MessageEdit {
  const pager: SectionPager = { page, articleHash: hashPrefix(article.contentHash), section: section.index };
  return {
    embeds: [
      {
        ...sectionEmbedHead(article, section),
        description,
        footer: citationFooter(article, pages.length > 1 ? TEXT.page(page + 1, pages.length) : undefined),
      },
    ],
    components: pageButtons(pager, pages.length),
    allowedMentions: NO_MENTIONS,
  };
}

/** The section's first page. */
export function openSection(article: Article, section: Section): MessageEdit {
  const pages = sectionPages(section);
  return pageMessage(article, section, pages, 0, pages[0]);
}

/** Page `page` (0-based) of the section, or undefined when it has no such page (any more). */
export function sectionPage(article: Article, section: Section, page: number): MessageEdit | undefined {
  const pages = sectionPages(section);
  const description = pages[page];
  return description === undefined ? undefined : pageMessage(article, section, pages, page, description);
}
