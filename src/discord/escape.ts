import { escapeMarkdown } from 'discord.js';
import { stripBidiControls } from './rtl.js';

/**
 * Neutralizes article and user text for the places Discord renders markdown
 * (message content, embed titles, descriptions and fields), so a passage or
 * a question can never format, mention, link or open a code block. Pings are
 * already impossible (every reply sets `allowedMentions.parse: []`); this
 * keeps the *rendering* literal too.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * A scheme followed by `//` is what Discord's autolinker looks for; a zero-width
 * space after the colon keeps the URL readable but neither clickable nor embedded.
 */
const URL_SCHEME = /\b([a-z][a-z\d+.-]*):\/\//gi;

/** Syntax escapeMarkdown leaves alone: block quotes and `-#` subtext at the start of a line. */
const LINE_START_SYNTAX = /^([ \t]*)(>|-#)/gm;

/**
 * `<@id>`, `<@&id>`, `<#id>`, `<:emoji:id>`, `<a:emoji:id>`, `<t:time>`, `</command:id>`
 * and `<id:…>` all render as rich elements; a backslash makes Discord show them verbatim.
 */
const RICH_TOKEN_START = /<(?=[@#:/]|a:|t:|id:)/g;

const MASS_MENTION = /@(?=everyone|here)/gi;

/** Text safe to place where Discord renders markdown; it reads the same once rendered. */
export function escapeText(text: string): string {
  // Break URLs before escaping: escapeMarkdown deliberately skips `_` and `*` inside URLs.
  const unlinked = stripBidiControls(text).replace(URL_SCHEME, `$1:${ZERO_WIDTH_SPACE}//`);
  return escapeMarkdown(unlinked, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(LINE_START_SYNTAX, '$1\\$2')
    .replace(RICH_TOKEN_START, '\\<')
    .replace(MASS_MENTION, '\\@');
}

/**
 * Text for places Discord shows verbatim (embed footers and authors, button
 * labels, autocomplete choices): there is no markdown to escape there, and a
 * backslash would show, so only the bidi controls go.
 */
export function plainText(text: string): string {
  return stripBidiControls(text);
}
