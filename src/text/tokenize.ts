import { normalizeArabic } from './normalize.js';

/**
 * Words are runs of letters (with any marks still attached) or runs of digits.
 * Splitting letters from digits turns the conjunction-glued "و50" into "50";
 * Arabic punctuation (؟ ، ؛ « ») and hyphens are not letters, so they separate words.
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

/** The words of already-normalized text, in order. */
export function wordsOf(normalizedText: string): string[] {
  return normalizedText.match(WORD) ?? [];
}

/** Normalize, then split into words. */
export function tokenize(text: string): string[] {
  return wordsOf(normalizeArabic(text));
}
