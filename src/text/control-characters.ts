// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * `text` without C0 and C1 control characters other than tab and line feed:
 * invisible in any display, they can only do harm there (a terminal escape
 * sequence, a NUL that Discord refuses).
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
