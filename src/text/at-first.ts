import { normalizeArabic } from './normalize.js';

const FIRST = normalizeArabic('الأول');
const BARE_FIRST = normalizeArabic('أول');
const WITH_FIRST = normalizeArabic('بالأول');
const MATTER = normalizeArabic('الأمر');
const BEGINNING = normalizeArabic('البداية');
const WITH_BEGINNING = normalizeArabic('بالبداية');
// "in / from the first": في الأول، من الأول.
const BEFORE_FIRST = new Set(['في', 'من'].map(normalizeArabic));

/**
 * The normalized words of a question with "at first" said as a text says it. Colloquial Arabic says
 * في الأول، بالأول، من الأول and MSA أول الأمر where a text writes في البداية; read word by word they
 * ask for something "first" (للمرة الأولى), another passage. An ordinal after its noun (اللقاء الأول)
 * is left alone.
 */
export function withBeginningForFirst(words: readonly string[]): string[] {
  return words.map((word, at) => {
    if (word === WITH_FIRST) return WITH_BEGINNING;
    if (word === FIRST && BEFORE_FIRST.has(words[at - 1] ?? '')) return BEGINNING;
    if (word === BARE_FIRST && words[at + 1] === MATTER) return BEGINNING;
    return word;
  });
}
