import { describe, expect, it } from 'vitest';
import {
  type AnswerType,
  askedPlaceFact,
  canHoldAnswer,
  countedWord,
  expectedAnswerType,
} from '../../src/text/answer-types.js';
import { tokenize } from '../../src/text/tokenize.js';

const holds = (text: string, type: AnswerType) => tokenize(text).some((word) => canHoldAnswer(word, type));

describe('answer types', () => {
  it.each([
    ['كم عدد العمال؟', 'number'],
    ['قديش عامل بدها روسيا؟', 'number'],
    ['متى التقى كيم وبوتين؟', 'time'],
    ['إمتى اتأسست كوريا الشمالية؟', 'time'],
    ['في أي عام انهار الاتحاد السوفييتي؟', 'time'],
    ['بكم برميل باعت روسيا النفط؟', 'number'],
    ['أي دولة تمر عبرها التجارة؟', undefined],
    ['ما طول خط السكك الحديدية؟', 'number'],
    ['كم من الوقت اعتمدت كوريا الشمالية على السوفييت؟', 'duration'],
    ['كم من الزمن استمرت الحرب الكورية؟', 'duration'],
    ['كم سنة استمرت الحرب الكورية؟', 'duration'],
    ['كم دام اعتماد كوريا الشمالية على السوفييت؟', 'duration'],
    ['كم استمرت الحرب الكورية؟', 'duration'],
    ['في أي حقبة نشأت كوريا الشمالية؟', 'time'],
    ['كيم قابل بوتين سنة كام؟', 'time'],
    ['كام سنة استمرت الحرب؟', 'duration'],
    ['بأي شهر تعهد كيم بالتمسك بالعلاقة؟', 'time'],
    ['ما هو عدد العمال الكوريين في روسيا؟', 'number'],
    ['شو سعر برميل النفط؟', 'number'],
    ['ما هو رقم القرار الذي يحظر الترتيبات؟', 'number'],
    ['ما مدى الصواريخ التي عرضت؟', 'number'],
    ['ما مدى أهمية العلاقة بين البلدين؟', undefined],
    ['ما النسبة المئوية من التجارة التي تمر عبر الصين؟', 'number'],
    ['شكد عامل تريد روسيا؟', 'number'],
    ['شحال من عامل بغات روسيا؟', 'number'],
    ['شوكت التقى كيم ببوتين؟', 'time'],
    // "When can / must …" asks in what case, not on what date.
    ['متى يمكن للعمال العودة إلى بلادهم؟', undefined],
    ['متى يجب إخماد الحرائق؟', undefined],
    ['قديش ضلت كوريا الشمالية معتمدة على السوفييت؟', 'duration'],
    ['كم يوما استغرقت الزيارة؟', 'duration'],
    ['فوقاش تلاقاو كيم وبوتين؟', 'time'],
    ['ما أهمية العلاقة بين البلدين؟', undefined],
    ['من هو شويغو؟', undefined],
    ['ما موقف كوريا الجنوبية من التقارب؟', 'stance'],
    ['وش كان رد الصين على الزيارة؟', 'stance'],
    ['رأى الغرب الشرق على أنه ماذا؟', undefined],
    ['لماذا فرضت الصين عقوبات على كوريا الشمالية؟', 'reason'],
    ['ليش روسيا بدها عمال كوريين؟', 'reason'],
    ['في أي يوم تعهد كيم بالتمسك بالعلاقة؟', 'day'],
  ])('%s asks for %s', (question, type) => {
    expect(expectedAnswerType(tokenize(question))).toBe(type);
  });

  it('finds numbers and dates in passages', () => {
    expect(holds('ما بين 20 ألفا و50 ألف عامل', 'number')).toBe(true);
    expect(holds('في تموز/ يوليو الماضي', 'time')).toBe(true);
    expect(holds('في التسعينيات', 'time')).toBe(true);
    expect(holds('منذ عام 2020', 'time')).toBe(true);
    expect(holds('تعتمد على الصين منذ ١٩٥٣', 'time')).toBe(true);
    expect(holds('وصل الوفد أمس', 'time')).toBe(true);
    expect(holds('العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة', 'number')).toBe(false);
    expect(holds('العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة', 'time')).toBe(false);
  });

  it('reads a number of three or four digits as a possible year, and a smaller one as no date', () => {
    expect(holds('عاش الشاعر بين 500 و540 للميلاد', 'time')).toBe(true);
    expect(holds('توظيف ما بين 20 ألفا و50 ألف عامل', 'time')).toBe(false);
    expect(holds('وصل الوفد في 15 حزيران/ يونيو', 'time')).toBe(true);
  });

  it('finds a stance where a passage tells what someone said, denied or supported', () => {
    expect(holds('فيما نفت موسكو وبيونغيانغ هذه المزاعم', 'stance')).toBe(true);
    expect(holds('كان الموقف الكوري الشمالي مؤيدا لغزو روسيا', 'stance')).toBe(true);
    expect(holds('وأضاف أن من الجدير بالملاحظة', 'stance')).toBe(true);
    // A source that showed or revealed something tells it, as one that said it does.
    expect(holds('بحسب ما أظهرت بيانات الأمم المتحدة', 'stance')).toBe(true);
    expect(holds('كشفت الوكالة عن الصفقة', 'stance')).toBe(true);
    // "ما يشير إلى": what the facts point to is nobody's view.
    expect(holds('ما يشير إلى علاقات أعمق بين البلدين', 'stance')).toBe(false);
    expect(holds('قاتلت كوريا الشمالية كوريا الجنوبية وحلفاءها', 'stance')).toBe(false);
    expect(holds('توظيف ما بين 20 ألفا و50 ألف عامل', 'stance')).toBe(false);
  });

  it('finds a day where a passage gives one, and not in a month or a year alone', () => {
    expect(holds('وصل الوفد يوم الخميس الماضي', 'day')).toBe(true);
    expect(holds('وصل الوفد في 15 حزيران/ يونيو', 'day')).toBe(true);
    expect(holds('وفي حزيران/ يونيو الماضي تعهد كيم', 'day')).toBe(false);
    expect(holds('التقى بوتين عام 2019', 'day')).toBe(false);
  });

  it('finds a length of time where a passage gives one, and not in a date alone', () => {
    expect(holds('تعتمد بشكل كبير على المساعدات السوفييتية لعقود من الزمن', 'duration')).toBe(true);
    expect(holds('في الحرب الكورية (1950- 1953)', 'duration')).toBe(true);
    expect(holds('زيارة شويغو لـ بيونغيانغ في تموز/ يوليو الماضي', 'duration')).toBe(false);
  });

  it('finds a cause or purpose where a passage gives one', () => {
    expect(holds('فرض عقوبات صارمة على كوريا الشمالية بسبب تجاربها النووية', 'reason')).toBe(true);
    expect(holds('عملت الصين وروسيا على معارضة فرض عقوبات جديدة', 'reason')).toBe(false);
  });

  it('reads a four-digit number from 1000 to 2099 as a year, which counts nothing', () => {
    expect(holds('أول شحنات منذ عام 2020', 'number')).toBe(false);
    expect(holds('أول شحنات منذ عام ٢٠٢٠', 'number')).toBe(false);
    expect(holds('مساحة 3.79 مليون ميل', 'number')).toBe(true);
    expect(holds('قرابة 2500 عامل', 'number')).toBe(true);
  });
});

describe('countedWord', () => {
  it.each([
    ['كم راتب العامل في روسيا؟', 'راتب'],
    ['كم يبلغ عدد العمال؟', 'العمال'],
    ['قديش معاش العامل؟', 'معاش'],
    ['وش سعر برميل النفط الروسي؟', 'سعر'],
    ['ما القيمة المالية للصفقات؟', 'القيمة'],
    ['ما رقم قرار مجلس الأمن؟', 'رقم'],
    ['ما هو عدد العمال الكوريين؟', undefined],
  ])('reads what "%s" counts or measures as %s', (question, word) => {
    expect(countedWord(tokenize(question))).toBe(word === undefined ? undefined : tokenize(word)[0]);
  });

  it('finds nothing in a question that counts nothing', () => {
    expect(countedWord(tokenize('متى التقى كيم وبوتين؟'))).toBeUndefined();
  });
});

describe('askedPlaceFact', () => {
  it.each([
    ['ما هي عاصمة كوريا الجنوبية؟', 'عاصمة'],
    ['شو العاصمة تبع أستراليا؟', 'العاصمة'],
    ['ما اسم عملة كوريا الشمالية؟', 'عملة'],
  ])('reads "%s" as asking a place its %s', (question, fact) => {
    expect(askedPlaceFact(tokenize(question))).toBe(tokenize(fact)[0]);
  });

  it('finds none where the word is not what is asked', () => {
    expect(askedPlaceFact(tokenize('هل زار شويغو العاصمة الكورية؟'))).toBeUndefined();
  });
});
