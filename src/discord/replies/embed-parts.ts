import type { APIEmbed, APIEmbedFooter } from 'discord.js';
import type { Article, Section } from '../../corpus/article.js';
import { escapeText, plainText } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { LABELS, TEXT } from '../messages.js';
import { isolate, rtlBlock, rtlLine } from '../rtl.js';
import { clipAtWord, fitRendered, oneLine } from '../text-fit.js';

/** Pieces every embed builder shares, so citations and titles look the same everywhere. */

export const EMBED_COLOR = 0x2f7d6d;

/**
 * Footers can take 2,048 characters, but title + description + footer must
 * also stay under the 6,000 per-message total; a citation never needs more.
 */
const FOOTER_BUDGET = 512;

/** A section title as shown; a section without one (an article's lead, say) still needs a name. */
export function shownTitle(title: string): string {
  return title.trim() === '' ? LABELS.untitledSection : title;
}

/** Discord refuses an embed whose url is longer (and the whole reply with it). */
const MAX_EMBED_URL_LENGTH = 2_048;

/**
 * The article's source, when it is a web address worth linking the embed
 * title to: in the parser's canonical spelling (`http:foo` becomes
 * `http://foo/`), which is what Discord accepts as well formed.
 */
export function sourceUrl(article: Article): string | undefined {
  if (article.source === undefined || !URL.canParse(article.source)) return undefined;
  const { protocol, href } = new URL(article.source);
  const linkable = (protocol === 'https:' || protocol === 'http:') && href.length <= MAX_EMBED_URL_LENGTH;
  return linkable ? href : undefined;
}

/**
 * "Article title — source", then `suffix` (a page number, a count), which is
 * never clipped. Footers show text verbatim, so nothing is escaped.
 */
export function citationFooter(article: Article, suffix?: string): APIEmbedFooter {
  const citation = [article.title, article.source].filter((part) => part !== undefined && part.trim() !== '');
  const tail = suffix === undefined ? '' : ` — ${suffix}`;
  return {
    text: fitRendered(oneLine(citation.join(' — ')), FOOTER_BUDGET, (text) =>
      rtlLine(`${plainText(text)}${tail}`),
    ),
  };
}

/** Article or user text as an embed title: one line, escaped, right-to-left. */
export function embedTitle(text: string): string {
  return fitRendered(oneLine(text), DISCORD_LIMITS.embedTitle, (fitted) => rtlLine(escapeText(fitted)));
}

/** Article text as a right-to-left markdown block of at most `max` characters. */
export function proseBlock(text: string, max: number): string {
  return fitRendered(text, max, (fitted) => rtlBlock(escapeText(fitted)));
}

/** Article or user text to drop into an Arabic template that renders markdown. */
export function inlineValue(text: string): string {
  return isolate(escapeText(oneLine(text)));
}

/** User text echoed back in guillemets, clipped first so the isolate around it stays whole. */
export function quoted(text: string, max: number): string {
  return `«${inlineValue(clipAtWord(oneLine(text), max))}»`;
}

/**
 * An embed title made from an Arabic template around article or user text;
 * the text is escaped and isolated before the template is applied, and
 * clipped until the whole title fits.
 */
export function templateTitle(template: (value: string) => string, value: string): string {
  return fitRendered(oneLine(value), DISCORD_LIMITS.embedTitle, (fitted) =>
    rtlLine(template(inlineValue(fitted))),
  );
}

/** Characters an embed counts towards the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  const fields = embed.fields ?? [];
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** The head every section embed shares: colour, "Section n: title" and a link to the source when it has one. */
export function sectionEmbedHead(article: Article, section: Section): APIEmbed {
  const url = sourceUrl(article);
  return {
    color: EMBED_COLOR,
    title: templateTitle((title) => TEXT.sectionHeading(section.index + 1, title), shownTitle(section.title)),
    ...(url === undefined ? {} : { url }),
  };
}
