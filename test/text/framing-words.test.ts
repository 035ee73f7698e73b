import { describe, expect, it } from 'vitest';
import { isFramingWord } from '../../src/text/framing-words.js';
import { normalizeArabic } from '../../src/text/normalize.js';

const framing = (word: string) => isFramingWord(normalizeArabic(word));

describe('isFramingWord', () => {
  it.each(['عدد', 'اسم', 'سبب', 'نوع', 'يمكن', 'أهمية', 'سنة', 'عام'])(
    'reads %s as framing a question',
    (word) => expect(framing(word)).toBe(true),
  );

  it.each(['يرى', 'أحد', 'صحيح', 'أكتر', 'بالذات'])(
    'reads %s as framing a question ("one of …", "X thinks that …", "is it true that …", "more")',
    (word) => expect(framing(word)).toBe(true),
  );

  it.each([
    'البلدين',
    'الزعيمين',
    'الطرفين',
    'العاصمتين',
    'البلدان',
    'الطرفان',
    'العاصمتان',
    'الزعيمان',
    'جارتيها',
    'الكبيرتين',
    'القوتين',
  ])('reads %s, a dual pointing back at the two the text is about, as framing', (word) =>
    expect(framing(word)).toBe(true),
  );

  it.each(['رد', 'ردت', 'موقف', 'رأي', 'برأي'])(
    'reads %s as framing a stance question: a passage tells a stance in its own words (نفت، أيدت)',
    (word) => expect(framing(word)).toBe(true),
  );

  it.each(['الاسم', 'والسبب', 'بالنسبة', 'للعدد', 'اسمها', 'أسبابهم', 'اسمه'])(
    'reads %s, a framing word behind a conjunction, preposition, article or possessive, as framing',
    (word) => expect(framing(word)).toBe(true),
  );

  it.each(['عملة', 'العملية', 'عمليات', 'التاريخية', 'الطريق', 'القدرة', 'الدوري', 'كانتون', 'أقليات'])(
    'reads %s as a topic word: its derivational ending makes another word than the framing one its stem matches',
    (word) => expect(framing(word)).toBe(false),
  );

  it.each(['روسيا', 'القطارات', 'ب', 'ال', ''])('reads %s as no framing word', (word) =>
    expect(framing(word)).toBe(false),
  );
});
