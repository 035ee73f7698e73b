import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { askedPersonRole } from '../../src/text/person-questions.js';
import { wordsOf } from '../../src/text/tokenize.js';

const role = (question: string) => askedPersonRole(wordsOf(normalizeArabic(question)));

describe('askedPersonRole', () => {
  it.each([
    ['ما اسم وزير الخارجية الروسي؟', 'وزير'],
    ['شو اسم المسؤول الأمريكي اللي حكى؟', 'المسءول'],
    ['ما هو اسم رئيس أوكرانيا؟', 'رءيس'],
    ['من هو الأمين العام للأمم المتحدة؟', 'الامين'],
    ['مين رئيس كوريا الجنوبية؟', 'رءيس'],
    ['من كان زعيم الاتحاد السوفييتي؟', 'زعيم'],
  ])('reads "%s" as asking the name of whoever holds the role %s', (question, expected) => {
    expect(role(question)).toBe(normalizeArabic(expected));
  });

  it.each([
    ['who is a named person', 'من هو أرتيوم لوكين؟'],
    ['the name of a thing, not a person', 'ما اسم الحرب التي دارت بين 1950 و1953؟'],
    ['what a role holder did', 'ماذا قال وزير الدفاع الروسي؟'],
    ['"من" as "from" inside the question', 'ماذا طلبت واشنطن من رئيس الوزراء؟'],
  ])('does not read a question about %s as asking for a name', (_kind, question) => {
    expect(role(question)).toBeUndefined();
  });
});
