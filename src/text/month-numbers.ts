import { normalizeArabic } from './normalize.js';

/**
 * People date by the month's number ("بالشهر ٧ الماضي", "في شهر 12"); news text names the month
 * (تموز/ يوليو). The names here are the Egyptian and Gulf ones: the lexicon pairs each with its
 * Levantine and Maghrebi names, so one name reaches them all.
 */
const MONTH_NAMES = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
].map(normalizeArabic);

// "month" with the clitics it takes before a number: شهر، الشهر، بالشهر، للشهر، وفي شهر is two words.
const MONTH_WORD = /^[وف]?[بلك]?(?:ال|ل)?شهر$/;
const MONTH_NUMBER = /^(?:0?[1-9]|1[0-2])$/;

/**
 * The normalized words of a question with a month's number, right after the word "month", read as
 * the month's name: "الشهر 7" → "الشهر يوليو". Other numbers are left as they are.
 */
export function withMonthNames(words: readonly string[]): string[] {
  return words.map((word, at) =>
    at > 0 && MONTH_NUMBER.test(word) && MONTH_WORD.test(words[at - 1] as string)
      ? (MONTH_NAMES[Number(word) - 1] as string)
      : word,
  );
}
