import type { MessageBody } from '../fake-discord/message-store.js';

/** Marks and isolates the bot wraps around Arabic lines; invisible, so not part of what a reader sees. */
const BIDI_FORMATTING = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

interface EmbedText {
  readonly author?: { readonly name?: string };
  readonly title?: string;
  readonly description?: string;
  readonly fields?: readonly { readonly name?: string; readonly value?: string }[];
  readonly footer?: { readonly text?: string };
}

/**
 * Every piece of text a message shows, in reading order, one piece per line:
 * what a person would read off the screen, so assertions do not depend on
 * which embed part the bot chose for a given piece.
 */
export function visibleText(body: MessageBody): string {
  const embeds = Array.isArray(body.embeds) ? (body.embeds as EmbedText[]) : [];
  const pieces = [
    typeof body.content === 'string' ? body.content : undefined,
    ...embeds.flatMap((embed) => [
      embed.author?.name,
      embed.title,
      embed.description,
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text,
    ]),
  ];
  return withoutBidiFormatting(pieces.filter((piece) => piece !== undefined).join('\n'));
}

export function withoutBidiFormatting(text: string): string {
  return text.replace(BIDI_FORMATTING, '');
}
