import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { askedNamesOf, askedPersonRole } from '../../src/text/person-questions.js';
import { wordsOf } from '../../src/text/tokenize.js';

const asked = (question: string) => askedPersonRole(wordsOf(normalizeArabic(question)));
const normalized = (words: string) => wordsOf(normalizeArabic(words));

describe('askedPersonRole', () => {
  it.each([
    ['ما اسم وزير الخارجية الروسي؟', 'وزير', 'الخارجية الروسي'],
    ['شو اسم المسؤول الأمريكي اللي حكى؟', 'المسؤول', 'الأمريكي'],
    ['ما هو اسم رئيس الوزراء؟', 'رئيس', 'الوزراء'],
    ['من هو الأمين العام للأمم المتحدة؟', 'الأمين', 'العام للأمم المتحدة'],
    ['من كان زعيم الاتحاد السوفييتي عندها؟', 'زعيم', 'الاتحاد السوفييتي'],
    ['ما اسم المسؤول الذي تحدث؟', 'المسؤول', ''],
    ['مين وزير خارجية روسيا؟', 'وزير', 'خارجية'],
    ['من الأمين العام للأمم المتحدة؟', 'الأمين', 'العام للأمم المتحدة'],
    ['من كان الرئيس الأول للفريق الحكومي؟', 'الرئيس', 'للفريق الحكومي'],
    ['من هو الرئيس الحالي للنقابة؟', 'الرئيس', 'للنقابة'],
    ['من كان الرئيس الأول؟', 'الرئيس', ''],
    ['من هو رئيس كوريا الجنوبية؟', 'رئيس', 'كوريا الجنوبية'],
    ['مين رئيس فرنسا؟', 'رئيس', 'فرنسا'],
    ['شكون وزير الدفاع الروسي؟', 'وزير', 'الدفاع الروسي'],
    ['المسؤول الأمريكي اللي اتكلم ده اسمه ايه؟', 'المسؤول', 'الأمريكي'],
    ['من كان يحكم البلاد وقتها؟', 'يحكم', 'البلاد'],
    ['مين حكم مصر؟', 'حكم', 'مصر'],
    ['ياخي الوزير الروسي في الزيارة اسمو شنو؟', 'الوزير', 'الروسي'],
  ])('reads "%s" as asking the name of the %s (qualified by "%s")', (question, role, qualifiers) => {
    expect(asked(question)).toEqual({ role: normalizeArabic(role), qualifiers: normalized(qualifiers) });
  });

  it.each([
    ['who is a named person', 'من هو أرتيوم لوكين؟'],
    ['a role followed by the name of its holder', 'من هي الملكة هيلانة؟'],
    ['the name of a thing, not a person', 'ما اسم الحرب التي دارت بين 1950 و1953؟'],
    ['what a role holder did', 'ماذا قال وزير الدفاع الروسي؟'],
    ['who did something, which a description may answer', 'من المسؤول الذي قال إن كيم سيلتقي بوتين؟'],
    ['"من" as "from" inside the question', 'ماذا طلبت واشنطن من رئيس الوزراء؟'],
    ['a role in a construct with a name', 'من رئيس جامعة القاهرة؟'],
    ['who led something, which a country may have', 'من قاد الجهود لمعاقبة بيونغيانغ؟'],
  ])('does not read a question about %s as asking for a name', (_kind, question) => {
    expect(asked(question)).toBeUndefined();
  });
});

describe('askedNamesOf', () => {
  it('reads a question for the names of several things as asking for a list of names', () => {
    expect(
      askedNamesOf(wordsOf(normalizeArabic('ما أسماء المناطق الأوكرانية التي اعترفت بها بيونغيانغ؟'))),
    ).toEqual({
      role: normalizeArabic('المناطق'),
      qualifiers: normalized('الأوكرانية'),
    });
  });

  it('does not read the name of one thing so: a description may give it', () => {
    expect(askedNamesOf(wordsOf(normalizeArabic('ما اسم الحرب التي دارت بين 1950 و1953؟')))).toBeUndefined();
  });
});
