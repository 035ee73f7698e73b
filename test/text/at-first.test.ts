import { describe, expect, it } from 'vitest';
import { withBeginningForFirst } from '../../src/text/at-first.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { wordsOf } from '../../src/text/tokenize.js';

const read = (question: string) => withBeginningForFirst(wordsOf(normalizeArabic(question)));

describe('withBeginningForFirst', () => {
  it.each([
    ['كانت العلاقة عاملة إزاي في الأول؟', 'البدايه'],
    ['من الأول كانت باردة', 'البدايه'],
    ['كانت باردة بالأول', 'بالبدايه'],
    ['كيف كانت العلاقة في أول الأمر؟', 'البدايه'],
  ])('reads "at first" in "%s" as %s', (question, beginning) => {
    expect(read(question)).toContain(beginning);
  });

  it('leaves "first" as an ordinal alone', () => {
    expect(read('متى كان اللقاء الأول؟')).toEqual(['متي', 'كان', 'اللقاء', 'الاول']);
    expect(read('أول مرة التقى كيم بوتين')).toEqual(['اول', 'مره', 'التقي', 'كيم', 'بوتين']);
  });
});
