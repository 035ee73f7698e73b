import { withBeginningForFirst } from './at-first.js';
import { withMonthNames } from './month-numbers.js';
import { withWantingRead } from './wanting.js';

/**
 * The normalized words of a question with the expressions whose meaning is not their words' read as
 * a text would write them: colloquial "wants it" (بدها ياها → تريد), "at first" (في الأول → البداية)
 * and a month's number (بالشهر ٧ → يوليو).
 */
export function withPhrasesRead(words: readonly string[]): string[] {
  return withMonthNames(withBeginningForFirst(withWantingRead(words)));
}
