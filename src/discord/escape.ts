import { withoutControlCharacters } from '../text/control-characters.js';
import { stripBidiControls } from './rtl.js';

/**
 * Neutralizes article and user text for the places Discord renders markdown
 * (message content, embed titles, descriptions and fields), so a passage or
 * a question can never format, mention, link or open a code block. Pings are
 * already impossible (every reply sets `allowedMentions.parse: []`); this
 * keeps the *rendering* literal too.
 */

const ZERO_WIDTH_SPACE = '\u200B';

const CARRIAGE_RETURN = /\r\n?/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with nothing a reader cannot see and Discord might refuse: control
 * characters other than tab and newline go (a carriage return becomes the
 * line break it stood for), and a lone surrogate, which no UTF-8 can carry,
 * becomes U+FFFD. Every visible character stays as written.
 */
export function printable(text: string): string {
  return withoutControlCharacters(text.replace(CARRIAGE_RETURN, '\n')).replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `://` after any scheme is what Discord's autolinker looks for, even glued
 * to a word (`1https://`); a zero-width space after the colon keeps the URL
 * readable but neither clickable nor embedded.
 */
const URL_SCHEME_SEPARATOR = /:\/\//g;

/** Invite hosts Discord turns into a join card even without a scheme; a zero-width space before the dot breaks them. */
const INVITE_HOST = /(discord(?:app)?|dsc)\.(?=(?:gg|io|me|li|com\/invite)\/)/gi;

/**
 * The backslash and every character that opens inline markup anywhere in a
 * line (emphasis, strikethrough, spoilers, code, masked links), each escaped
 * on its own. (discord.js's escapeMarkdown pairs them up and skips those it
 * takes for part of a URL or an emoji: all of `<a:x:1> _y_` after the `<a:`,
 * which leaves some live.)
 */
const INLINE_SYNTAX = /[\\*_~|`[]/g;

/**
 * What may stand before block syntax and still leave it at the start of its
 * line: spaces and tabs, and the invisible direction marks (LRM, RLM, ALM) and
 * isolates that Arabic text carries and Discord looks through.
 */
const LINE_LEAD = '(?:[^\\S\\n]|[\\u200E\\u200F\\u061C\\u2066-\\u2069])*';
/**
 * Block syntax at the start of a line, however it is led in: headings,
 * block quotes, `-#` subtext and bulleted lists (`*` is escaped above)…
 */
const LINE_START_SYNTAX = new RegExp(`^(${LINE_LEAD})([#>-])`, 'gm');
/** …and numbered lists, whose syntax is the dot after the number. */
const NUMBERED_LIST = new RegExp(`^(${LINE_LEAD}\\d+)\\.`, 'gm');

/**
 * `<@id>`, `<@&id>`, `<#id>`, `<:emoji:id>`, `<a:emoji:id>`, `<t:time>`, `</command:id>`
 * and `<id:…>` all render as rich elements; a backslash makes Discord show them verbatim.
 */
const RICH_TOKEN_START = /<(?=[@#:/]|a:|t:|id:)/gi;

const MASS_MENTION = /@(?=everyone|here)/gi;

/** Text safe to place where Discord renders markdown; it reads the same once rendered. */
export function escapeText(text: string): string {
  return printable(stripBidiControls(text))
    .replace(URL_SCHEME_SEPARATOR, `:${ZERO_WIDTH_SPACE}//`)
    .replace(INVITE_HOST, `$1${ZERO_WIDTH_SPACE}.`)
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, '$1\\$2')
    .replace(NUMBERED_LIST, '$1\\.')
    .replace(RICH_TOKEN_START, '\\<')
    .replace(MASS_MENTION, '\\@');
}

/**
 * Text for places Discord shows verbatim (embed footers and authors, button
 * labels, autocomplete choices): there is no markdown to escape there, and a
 * backslash would show, so only the bidi controls and unprintable characters go.
 */
export function plainText(text: string): string {
  return printable(stripBidiControls(text));
}
