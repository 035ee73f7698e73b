import type { Choice } from '../../src/discord/replies/choices.js';
import type { MessageEdit } from '../../src/discord/replies/payload.js';

/**
 * What Discord would make of the text in a reply: the markup it would render
 * live (a mention, a link, a code block, a spoiler…) and the characters that
 * have no business in a message. A model of Discord's markdown, stricter than
 * the real one: where the two differ, this one flags more.
 */

/** Discord's escape: a backslash before any character that is not a letter, digit or space. */
const ESCAPED = /\\[^\p{L}\p{N}\s]/gu;
/** Stands for an escaped character, so no pattern below can match it. */
const INERT = '\uE000';

/** The text with every escaped character (and its backslash) made inert. */
function unescaped(text: string): string {
  return text.replace(ESCAPED, INERT + INERT);
}

/**
 * The only markup the bot's own templates write around article and user text:
 * a bold number heading a hit or a paragraph (`**3.**`).
 */
const OWN_MARKUP = /\*\*\d+\.\*\*/g;

const LIVE_INLINE: readonly (readonly [string, RegExp])[] = [
  ['a mass mention', /@(everyone|here)/i],
  ['a user, role or channel mention', /<(@[!&]?|#)\d+>/],
  ['a slash-command mention', /<\/[^\s:>]+:\d+>/],
  ['a custom emoji', /<a?:\w+:\d+>/],
  ['a timestamp', /<t:-?\d+(:\w)?>/],
  ['a guild navigation link', /<id:\w+>/],
  ['a link', /[a-z][a-z\d+.-]*:\/\//i],
  ['an invite', /(discord(app)?\.(gg|io|me|li|com\/invite)|dsc\.gg)\//i],
  ['a masked link', /\[[^\n]*\]\(/],
  ['code', /`/],
  ['a spoiler', /\|\|/],
  ['strikethrough', /~~/],
  ['emphasis', /[*_]/],
];

/** Block syntax at the start of a line, once the invisible direction marks there are set aside. */
const LIVE_BLOCK: readonly (readonly [string, RegExp])[] = [
  ['a heading', /^#{1,3}\s/],
  ['subtext', /^-#\s/],
  ['a block quote', /^>/],
  ['a bulleted list', /^[-*]\s/],
  ['a numbered list', /^\d+\.\s/],
];
const LINE_LEAD = /^[\s\u200E\u200F\u061C\u2066-\u2069]*/;

/** Live markup in text Discord renders as markdown (content, titles, descriptions, field values). */
export function liveMarkup(text: string): string[] {
  const plain = unescaped(text).replace(OWN_MARKUP, INERT);
  const problems: string[] = [];
  for (const [what, pattern] of LIVE_INLINE) {
    const match = pattern.exec(plain);
    if (match !== null) problems.push(`${what}: ${JSON.stringify(match[0])}`);
  }
  for (const line of plain.split('\n')) {
    const start = line.replace(LINE_LEAD, '');
    for (const [what, pattern] of LIVE_BLOCK) {
      if (pattern.test(start)) problems.push(`${what}: ${JSON.stringify(line.slice(0, 20))}`);
    }
  }
  return problems;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Embeddings and overrides: the bot only ever writes isolates (balanced, see unbalancedIsolates) and marks. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/;

/** Characters Discord could refuse or a reader could be fooled by, in any text of a reply. */
export function unsafeCharacters(text: string): string[] {
  const problems: string[] = [];
  if (LONE_SURROGATE.test(text)) problems.push('a lone surrogate');
  if (CONTROL.test(text)) problems.push('a control character');
  if (BIDI_OVERRIDE.test(text)) problems.push('a bidi embedding or override');
  return problems;
}

/** The texts of a reply Discord renders as markdown. */
export function markdownTexts(payload: MessageEdit): string[] {
  return [
    payload.content,
    ...payload.embeds.flatMap((embed) => [
      embed.title,
      embed.description,
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].filter((text): text is string => text !== undefined);
}

/** The texts of a reply Discord shows as they are: author line, footer, button labels. */
export function verbatimTexts(payload: MessageEdit): string[] {
  return [
    ...payload.embeds.flatMap((embed) => [embed.author?.name, embed.footer?.text]),
    ...payload.components.flatMap((row) =>
      row.components.map((button) => ('label' in button ? button.label : undefined)),
    ),
  ].filter((text): text is string => text !== undefined);
}

export function choiceTexts(choices: readonly Choice[]): string[] {
  return choices.flatMap((choice) => [choice.name, choice.value]);
}
