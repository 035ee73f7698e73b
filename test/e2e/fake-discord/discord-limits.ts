import { ApplicationCommandType } from 'discord.js';

/**
 * The payload limits Discord enforces with a 400 "Invalid Form Body". The
 * fake enforces them too, so a reply that would bounce off the real API
 * fails here instead of passing silently. Each check returns readable
 * problems; an empty list means Discord would accept the payload.
 */

const MAX_CONTENT = 2000;
const MAX_EMBEDS = 10;
const MAX_EMBED_TOTAL = 6000;
const EMBED_TEXT_LIMITS = { title: 256, description: 4096 } as const;
const MAX_EMBED_FIELDS = 25;
const FIELD_LIMITS = { name: 256, value: 1024 } as const;
const MAX_ACTION_ROWS = 5;
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;
const MAX_COMMAND_NAME = 32;
const MAX_COMMAND_DESCRIPTION = 100;
const MAX_COMMAND_OPTIONS = 25;
/** Chat-input command names: lowercase where the script has case, letters, digits, `-` and `_`. */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function recordsIn(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A new message must show something: text, an embed, a component or a file. */
export function isEmptyMessage(body: Json, fileCount: number): boolean {
  const hasItems = (field: string) => Array.isArray(body[field]) && (body[field] as unknown[]).length > 0;
  return (
    textLength(body.content) === 0 &&
    !hasItems('embeds') &&
    !hasItems('components') &&
    !isRecord(body.poll) &&
    fileCount === 0
  );
}

export function messageProblems(body: Json): string[] {
  const problems: string[] = [];
  if (textLength(body.content) > MAX_CONTENT) problems.push(`content is longer than ${MAX_CONTENT}`);
  const embeds = recordsIn(body.embeds);
  if (embeds.length > MAX_EMBEDS) problems.push(`more than ${MAX_EMBEDS} embeds`);
  let embedTotal = 0;
  for (const [index, embed] of embeds.entries()) {
    const { problems: embedProblems, total } = embedCheck(embed, `embeds[${index}]`);
    problems.push(...embedProblems);
    embedTotal += total;
  }
  if (embedTotal > MAX_EMBED_TOTAL)
    problems.push(`embeds hold ${embedTotal} characters, over ${MAX_EMBED_TOTAL}`);
  if (recordsIn(body.components).length > MAX_ACTION_ROWS) {
    problems.push(`more than ${MAX_ACTION_ROWS} action rows`);
  }
  return problems;
}

function embedCheck(embed: Json, where: string): { problems: string[]; total: number } {
  const problems: string[] = [];
  let total = 0;
  for (const [field, limit] of Object.entries(EMBED_TEXT_LIMITS)) {
    const length = textLength(embed[field]);
    total += length;
    if (length > limit) problems.push(`${where}.${field} is longer than ${limit}`);
  }
  const fields = recordsIn(embed.fields);
  if (fields.length > MAX_EMBED_FIELDS) problems.push(`${where} has more than ${MAX_EMBED_FIELDS} fields`);
  for (const [index, field] of fields.entries()) {
    for (const [part, limit] of Object.entries(FIELD_LIMITS)) {
      const length = textLength(field[part]);
      total += length;
      if (length === 0) problems.push(`${where}.fields[${index}].${part} is empty`);
      if (length > limit) problems.push(`${where}.fields[${index}].${part} is longer than ${limit}`);
    }
  }
  total += textLength(isRecord(embed.footer) ? embed.footer.text : undefined);
  total += textLength(isRecord(embed.author) ? embed.author.name : undefined);
  return { problems, total };
}

export function autocompleteProblems(data: unknown): string[] {
  if (!isRecord(data) || !Array.isArray(data.choices)) return ['data.choices is missing'];
  const problems: string[] = [];
  if (data.choices.length > MAX_CHOICES) problems.push(`more than ${MAX_CHOICES} choices`);
  for (const [index, choice] of data.choices.entries()) {
    const name = isRecord(choice) ? choice.name : undefined;
    const value = isRecord(choice) ? choice.value : undefined;
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_CHOICE_TEXT) {
      problems.push(`choices[${index}].name must be 1-${MAX_CHOICE_TEXT} characters`);
    }
    if (typeof value === 'string' ? value.length > MAX_CHOICE_TEXT : typeof value !== 'number') {
      problems.push(`choices[${index}].value must be a number or at most ${MAX_CHOICE_TEXT} characters`);
    }
  }
  return problems;
}

export function commandListProblems(commands: unknown): string[] {
  if (!Array.isArray(commands)) return ['the body must be an array of commands'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, command] of commands.entries()) {
    if (!isRecord(command) || typeof command.name !== 'string') {
      problems.push(`[${index}] has no name`);
      continue;
    }
    const type = command.type ?? ApplicationCommandType.ChatInput;
    const key = `${String(type)}:${command.name}`;
    if (seen.has(key)) problems.push(`[${index}] duplicates the name "${command.name}"`);
    seen.add(key);
    problems.push(
      ...(type === ApplicationCommandType.ChatInput
        ? chatInputProblems(command)
        : contextMenuProblems(command)),
    );
  }
  return problems;
}

function chatInputProblems(command: Json): string[] {
  const name = String(command.name);
  const problems: string[] = [];
  if (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    problems.push(`"${name}" is not a valid chat-input command name`);
  }
  const description = textLength(command.description);
  if (description === 0 || description > MAX_COMMAND_DESCRIPTION) {
    problems.push(`"${name}" needs a description of 1-${MAX_COMMAND_DESCRIPTION} characters`);
  }
  if (recordsIn(command.options).length > MAX_COMMAND_OPTIONS) {
    problems.push(`"${name}" has more than ${MAX_COMMAND_OPTIONS} options`);
  }
  return problems;
}

function contextMenuProblems(command: Json): string[] {
  const name = String(command.name);
  const problems: string[] = [];
  if (name.length === 0 || name.length > MAX_COMMAND_NAME) {
    problems.push(`"${name}" must be 1-${MAX_COMMAND_NAME} characters`);
  }
  if (textLength(command.description) > 0)
    problems.push(`context-menu command "${name}" cannot have a description`);
  return problems;
}
