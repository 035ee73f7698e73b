const NON_ARABIC_LETTER = /[^\u0621-\u064a]/;

/**
 * True for a normalized word made only of Arabic letters. Numbers and Latin
 * words are identifiers: stemming, root-finding or spelling repair would only
 * corrupt them.
 */
export function isArabicWord(word: string): boolean {
  return !NON_ARABIC_LETTER.test(word);
}
