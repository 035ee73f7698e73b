import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { askedStanceHolder, askedStanceTopic } from '../../src/text/stance-questions.js';
import { wordsOf } from '../../src/text/tokenize.js';

const holderIn = (question: string) => askedStanceHolder(wordsOf(normalizeArabic(question)));

describe('askedStanceHolder', () => {
  it.each([
    ['ما رأي الصين في زيارة وزير الدفاع؟', 'الصين'],
    ['ما موقف كوريا الجنوبية من التقارب؟', 'كوريا الجنوبية'],
    ['ما رد فعل بكين على الزيارة؟', 'بكين'],
    ['كيف ردت واشنطن على الاتهامات؟', 'واشنطن'],
    ['ماذا قال لوكين عن الحرب؟', 'لوكين'],
    ['وش كان رد كوريا الجنوبية على زيارة شويغو؟', 'كوريا الجنوبية'],
    ['هل أيدت الصين غزو أوكرانيا؟', 'الصين'],
    ['لوكين قال إيه عن الحرب؟', 'لوكين'],
    ['رئيس كوريا الجنوبية قال ايه عن الزيارة؟', 'رئيس كوريا الجنوبية'],
    ['ما موقف الحكومة الصينية من الحرب؟', 'الحكومة'],
    ['ماذا قال الرئيس الصيني عن القمة؟', 'الرئيس الصيني'],
    ['ما رأي الوزير الروسي في الحرب؟', 'الوزير الروسي'],
    ['إيه اللي قاله بوتين في اللقاء؟', 'بوتين'],
    ['بماذا ردت بكين على الاتهامات؟', 'بكين'],
    ['ماذا كان رأي الصين في الزيارة؟', 'الصين'],
    ['ما الذي قالته بكين عن الزيارة؟', 'بكين'],
  ])('reads "%s" as asking the stance of %s', (question, holder) => {
    expect(holderIn(question)).toEqual(wordsOf(normalizeArabic(holder)));
  });

  it.each([
    ['a verb of saying that does not ask what was said', 'من قال إن كيم سيلتقي بوتين؟'],
    ['what people in general say', 'ماذا قال الناس عن الحرب؟'],
    ['what people in general say, the Egyptian way', 'الناس قالوا إيه عن الحرب؟'],
    ['no stance at all', 'متى التقى كيم وبوتين؟'],
    ['help given, not a view taken', 'هل دعمت الصين بيونغيانغ في الحرب الكورية؟'],
    ['how someone saw something (رأى, spelled as رأي once normalized)', 'رأى الغرب الشرق على أنه ماذا؟'],
    ['what someone saw (ماذا before رأى, a verb)', 'ماذا رأى شويغو في معرض الأسلحة؟'],
  ])('finds no holder in a question about %s', (_kind, question) => {
    expect(holderIn(question)).toBeUndefined();
  });
});

describe('askedStanceTopic', () => {
  const topicIn = (question: string) => {
    const words = wordsOf(normalizeArabic(question));
    return askedStanceTopic(words, askedStanceHolder(words) ?? []);
  };

  it.each([
    ['إيه رأي أرتيوم لوكين في العقوبات الأمريكية على روسيا؟', 'العقوبات الأمريكية'],
    ['ما موقف الصين من الحرب؟', 'الحرب'],
    ['شو قال لوكين عن دور الصين في التحالف؟', 'الصين'],
    ['لوكين قال إيه عن الحرب؟', 'الحرب'],
  ])('reads what "%s" asks a view of as %s', (question, topic) => {
    expect(topicIn(question)).toEqual(wordsOf(normalizeArabic(topic)));
  });

  it('finds none where the question names no topic', () => {
    expect(topicIn('ماذا قال لوكين؟')).toEqual([]);
    expect(topicIn('متى التقى كيم وبوتين؟')).toEqual([]);
  });
});
