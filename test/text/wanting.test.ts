import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { wordsOf } from '../../src/text/tokenize.js';
import { withWantingRead } from '../../src/text/wanting.js';

const read = (question: string) => withWantingRead(wordsOf(normalizeArabic(question)));

describe('withWantingRead', () => {
  it.each([
    ['المناطق اللي روسيا بدها ياها', 'بدها'],
    ['الأراضي اللي الروس بدهم اياها', 'بدهم'],
    ['المناطق اللي موسكو عايزاها', 'عايزاها'],
    ['الحاجات اللي هما عاوزينها', 'عاوزينها'],
  ])('reads "wants it" in "%s" as the verb تريد', (question, colloquial) => {
    const words = read(question);
    expect(words).toContain('تريد');
    expect(words).not.toContain(normalizeArabic(colloquial));
  });

  it('leaves "wants" before another verb, an auxiliary, as it is', () => {
    expect(read('شو بدهم يشغلوا الروس؟')).toEqual(['شو', 'بدهم', 'يشغلوا', 'الروس']);
    expect(read('روسيا عايزه تشغل عمال')).toEqual(['روسيا', 'عايزه', 'تشغل', 'عمال']);
  });
});
