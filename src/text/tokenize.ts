import { normalizeArabic } from './normalize.js';

/**
 * Words are runs of letters (with any marks still attached) or runs of digits.
 * Splitting letters from digits turns the conjunction-glued "و50" into "50";
 * Arabic punctuation (؟ ، ؛ « ») and hyphens are not letters, so they separate words.
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

// Unicode property classes are slow in V8's regex engine. For text made only of the
// scripts Arabic articles are written in (ASCII, Latin-1, the Arabic block), the same
// classes are spelled out as code point ranges, computed from the property classes
// themselves so the two can never disagree.
const COMMON_SCRIPTS = /^[\t\n\r\u0020-\u00FF\u0600-\u06FF]*$/;
const COMMON_WORD = commonScriptWordPattern();

function commonScriptWordPattern(): RegExp {
  const letters: number[] = [];
  const digits: number[] = [];
  for (const [from, to] of [
    [0x0000, 0x00ff],
    [0x0600, 0x06ff],
  ] as const) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      if (/[\p{L}\p{M}]/u.test(char)) letters.push(code);
      else if (/\p{N}/u.test(char)) digits.push(code);
    }
  }
  return new RegExp(`[${toRanges(letters)}]+|[${toRanges(digits)}]+`, 'g');
}

/** Code points as a character-class body of \uXXXX ranges. */
function toRanges(codes: readonly number[]): string {
  const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let end = i;
    while (end + 1 < codes.length && codes[end + 1] === (codes[end] as number) + 1) end += 1;
    parts.push(
      end === i ? hex(codes[i] as number) : `${hex(codes[i] as number)}-${hex(codes[end] as number)}`,
    );
    i = end + 1;
  }
  return parts.join('');
}

function wordPattern(text: string): RegExp {
  return COMMON_SCRIPTS.test(text) ? COMMON_WORD : WORD;
}

/** The words of already-normalized text, in order. */
export function wordsOf(normalizedText: string): string[] {
  return normalizedText.match(wordPattern(normalizedText)) ?? [];
}

/**
 * Where the words of text stand, as [start, end) offsets: the same word
 * boundaries as wordsOf, on text that need not be normalized (marks and
 * tatweel are letters here, so they stay inside their words).
 */
export function wordOffsets(text: string): { readonly starts: number[]; readonly ends: number[] } {
  const pattern = wordPattern(text);
  const starts: number[] = [];
  const ends: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { starts, ends };
}

/** Normalize, then split into words. */
export function tokenize(text: string): string[] {
  return wordsOf(normalizeArabic(text));
}
