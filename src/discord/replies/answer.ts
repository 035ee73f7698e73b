import { type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType, userMention } from 'discord.js';
import type { ShownPassage } from '../answer-pages.js';
import { type AnswerAction, type AnswerPager, encodeAnswerButton } from '../custom-id.js';
import { plainText } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { LABELS, TEXT } from '../messages.js';
import { isolate, rtlLine } from '../rtl.js';
import { cutAt, fitRendered, oneLine } from '../text-fit.js';
import { citationFooter, EMBED_COLOR, embedTitle, proseBlock, shownTitle, sourceUrl } from './embed-parts.js';
import { type ButtonRow, type MessageEdit, NO_MENTIONS, type ReplyPayload, visibility } from './payload.js';

/** An answer message: one ranked passage, the buttons to page through the others, and a citation. */

export type AnswerView = 'excerpt' | 'full';

export interface AnswerPage {
  readonly passage: ShownPassage;
  readonly pager: AnswerPager;
  readonly view: AnswerView;
}

export interface AnswerReplyOptions {
  /** The one user the answer is directed to, and so the only one it may ping. */
  readonly mentionUserId?: string;
  /** Only the requester sees the reply. */
  readonly hidden: boolean;
  /** What was asked, shown above the passage. */
  readonly question?: string;
}

type EmbedAuthor = APIEmbed['author'];

function questionAuthor(question: string | undefined): EmbedAuthor {
  if (question === undefined || question.trim() === '') return undefined;
  const name = fitRendered(oneLine(question), DISCORD_LIMITS.embedAuthorName, (fitted) =>
    rtlLine(TEXT.question(isolate(plainText(fitted)))),
  );
  return { name };
}

function showsWholeParagraph({ passage }: AnswerPage): boolean {
  return passage.excerpt.trim() === passage.paragraph.text.trim();
}

/** `author` carries the question line: built from the question at first, copied from the message on page turns. */
function answerEmbed(page: AnswerPage, author: EmbedAuthor): APIEmbed {
  const { passage, pager, view } = page;
  const { article, paragraph } = passage;
  const section = article.sections[paragraph.sectionIndex];
  // A blank excerpt (only a forged button can point at one) would leave nothing to read.
  const text = view === 'full' || passage.excerpt.trim() === '' ? paragraph.text : passage.excerpt;
  const url = sourceUrl(article);
  return {
    color: EMBED_COLOR,
    ...(author === undefined ? {} : { author }),
    title: embedTitle(section === undefined ? paragraph.sectionTitle : shownTitle(section.title)),
    ...(url === undefined ? {} : { url }),
    description: proseBlock(text, DISCORD_LIMITS.embedDescription),
    fields: [
      {
        name: LABELS.paragraphField,
        value: rtlLine(
          TEXT.paragraphNumber(paragraph.number, section?.paragraphs.length ?? paragraph.number),
        ),
        inline: true,
      },
      {
        name: LABELS.rankField,
        value: rtlLine(TEXT.rank(pager.page + 1, pager.passages.length)),
        inline: true,
      },
    ],
    footer: citationFooter(article),
  };
}

function button(
  action: AnswerAction,
  label: string,
  pager: AnswerPager,
  disabled: boolean,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: action === 'full' || action === 'excerpt' ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label,
    custom_id: encodeAnswerButton(action, pager),
    disabled,
  };
}

/**
 * Previous, expand/collapse and next. Discord lays buttons out left to right,
 * so "next" comes first: read right to left, "previous" is on the right.
 * No row at all when there is nothing to page to and nothing to expand.
 */
function answerButtons(page: AnswerPage): ButtonRow[] {
  const { pager, view } = page;
  const isFirst = pager.page === 0;
  const isLast = pager.page >= pager.passages.length - 1;
  const whole = showsWholeParagraph(page);
  if (isFirst && isLast && whole) return [];
  const toggle =
    view === 'full'
      ? button('excerpt', LABELS.excerpt, pager, false)
      : button('full', LABELS.fullParagraph, pager, whole);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('next', LABELS.next, pager, isLast),
        toggle,
        button('previous', LABELS.previous, pager, isFirst),
      ],
    },
  ];
}

/**
 * The first answer to a question. A mention is dropped from hidden replies:
 * nobody else can see them, and Discord does not ping from them anyway.
 */
export function buildAnswerReply(page: AnswerPage, options: AnswerReplyOptions): ReplyPayload {
  const mention = options.hidden ? undefined : options.mentionUserId;
  const droppedMention = options.hidden && options.mentionUserId !== undefined;
  const content =
    mention !== undefined
      ? rtlLine(TEXT.mentionLead(userMention(mention)))
      : droppedMention
        ? rtlLine(TEXT.hiddenMentionDropped)
        : undefined;
  return {
    ...(content === undefined ? {} : { content }),
    embeds: [answerEmbed(page, questionAuthor(options.question))],
    components: answerButtons(page),
    allowedMentions: mention === undefined ? NO_MENTIONS : { parse: [], users: [mention] },
    ...visibility(options.hidden),
  };
}

/**
 * A page turned in place. The question line is the one the message already
 * shows (the question itself is not in the custom id), and `content` is left
 * out so the mention line stays exactly as first sent; edits never ping again.
 */
export function buildAnswerUpdate(page: AnswerPage, shownQuestionLine: string | undefined): MessageEdit {
  const author =
    shownQuestionLine === undefined || shownQuestionLine === ''
      ? undefined
      : { name: cutAt(shownQuestionLine, DISCORD_LIMITS.embedAuthorName) };
  return {
    embeds: [answerEmbed(page, author)],
    components: answerButtons(page),
    allowedMentions: NO_MENTIONS,
  };
}
