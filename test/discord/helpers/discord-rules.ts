import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as LIMIT } from '../../../src/discord/limits.js';
import type { Choice } from '../../../src/discord/replies/choices.js';
import type { MessageEdit } from '../../../src/discord/replies/payload.js';

/** What Discord would refuse in a payload (an empty list means it would accept it), and bidi hygiene. */

function embedText(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function embedProblems(embed: APIEmbed, where: string): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number | undefined, limit: number) => {
    if ((length ?? 0) > limit) problems.push(`${where}.${what} has ${length} characters, over ${limit}`);
  };
  over('title', embed.title?.length, LIMIT.embedTitle);
  over('description', embed.description?.length, LIMIT.embedDescription);
  over('footer', embed.footer?.text.length, LIMIT.embedFooter);
  over('author', embed.author?.name.length, LIMIT.embedAuthorName);
  const fields = embed.fields ?? [];
  if (fields.length > LIMIT.embedFields) problems.push(`${where} has ${fields.length} fields`);
  fields.forEach((field, index) => {
    over(`fields[${index}].name`, field.name.length, LIMIT.embedFieldName);
    over(`fields[${index}].value`, field.value.length, LIMIT.embedFieldValue);
    if (field.name === '' || field.value === '') problems.push(`${where}.fields[${index}] is empty`);
  });
  return problems;
}

export function payloadProblems(payload: MessageEdit): string[] {
  const problems: string[] = [];
  if ((payload.content?.length ?? 0) > LIMIT.content) problems.push('content is too long');
  if (payload.embeds.length > LIMIT.embeds) problems.push('too many embeds');
  payload.embeds.forEach((embed, index) => {
    problems.push(...embedProblems(embed, `embeds[${index}]`));
  });
  const total = payload.embeds.reduce((sum, embed) => sum + embedText(embed), 0);
  if (total > LIMIT.embedTotal) problems.push(`embeds hold ${total} characters`);
  if (payload.components.length > LIMIT.actionRows) problems.push('too many action rows');
  const customIds = new Set<string>();
  for (const row of payload.components) {
    if (row.components.length > LIMIT.buttonsPerRow) problems.push('too many buttons in a row');
    for (const button of row.components) {
      if ('label' in button && (button.label?.length ?? 0) > LIMIT.buttonLabel)
        problems.push('label too long');
      if ('custom_id' in button) {
        if (button.custom_id.length > LIMIT.customId)
          problems.push(`custom id ${button.custom_id} is too long`);
        if (customIds.has(button.custom_id)) problems.push(`custom id ${button.custom_id} is repeated`);
        customIds.add(button.custom_id);
      }
    }
  }
  if (payload.allowedMentions.parse.length > 0) problems.push('allowedMentions parses mentions');
  return problems;
}

export function choiceProblems(choices: readonly Choice[]): string[] {
  const problems: string[] = [];
  if (choices.length > LIMIT.autocompleteChoices) problems.push(`${choices.length} choices`);
  for (const choice of choices) {
    if (choice.name.length === 0 || choice.name.length > LIMIT.choiceName)
      problems.push(`name "${choice.name}"`);
    if (choice.value.length > LIMIT.choiceValue) problems.push(`value "${choice.value}"`);
  }
  return problems;
}

/** Every piece of text a message shows. */
export function textsOf(payload: MessageEdit): string[] {
  return [
    ...(payload.content === undefined ? [] : [payload.content]),
    ...payload.embeds.flatMap((embed) => [
      embed.author?.name,
      embed.title,
      embed.description,
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text,
    ]),
  ].filter((text): text is string => text !== undefined);
}

const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const CLOSER = '\u2069';

/** Lines where an isolate is closed without being opened, or left open: Discord lays out each line apart. */
export function unbalancedIsolates(text: string): string[] {
  return text.split('\n').filter((line) => {
    let depth = 0;
    for (const char of line) {
      if (OPENERS.has(char)) depth += 1;
      if (char === CLOSER) depth -= 1;
      if (depth < 0) return true;
    }
    return depth !== 0;
  });
}

/** The text a reader sees: direction marks and isolates are invisible. */
export function visible(text: string): string {
  return text.replace(/[\u200E\u200F\u2066-\u2069]/g, '');
}

/** What Discord displays for escaped markdown: a backslash before punctuation disappears, as do zero-width spaces. */
export function rendered(text: string): string {
  return visible(text)
    .replace(/\\([^\p{L}\p{N}\s])/gu, '$1')
    .replace(/\u200B/g, '');
}
