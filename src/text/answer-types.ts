import { hasDefiniteArticle } from './definite.js';
import { normalizeArabic } from './normalize.js';
import { askedStanceHolder } from './stance-questions.js';
import { wordsOf } from './tokenize.js';

/**
 * What kind of answer a question asks for, when its question word says so:
 * a number ("how many"), a date ("when"), a day ("on which day"), a length of
 * time ("how long"), someone's stance ("what is China's view …") or a cause
 * ("why"). A passage that cannot contain such an answer (no number for "how
 * many", no date for "when", only a month for "which day", no word of saying
 * or siding for a stance) is less likely to be the one asked about, a check
 * taken from classic question answering.
 */
export const ANSWER_TYPES = ['number', 'time', 'day', 'duration', 'stance', 'reason'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The answer types a word could hold, one bit per type (bit i = ANSWER_TYPES[i]). */
export function answerTypeBits(normalizedWord: string): number {
  let bits = 0;
  ANSWER_TYPES.forEach((type, i) => {
    if (canHoldAnswer(normalizedWord, type)) bits |= 1 << i;
  });
  return bits;
}

export function answerTypeBit(type: AnswerType): number {
  return 1 << ANSWER_TYPES.indexOf(type);
}

const words = (list: string): ReadonlySet<string> => new Set(wordsOf(normalizeArabic(list)));

// MSA and colloquial question words (Egyptian, Levantine, Gulf, Iraqi, Maghrebi).
const ASKS_NUMBER = words('كم بكم قديش قداش قديه كام بكام شكد شگد شكثر شحال');
const ASKS_REASON = words('لماذا ليش لويش ليه علاش لاش');
const ASKS_TIME = words('متى امتى إمتى ايمتى أيمتى متين وقتيش شوكت فوقاش');
// "What is the length / price / age / number of …" asks for a number as much as "how many" does.
const WHAT = words('ما وما ماهو ماهي هو هي شو ايش إيش وش ايه إيه شنو واش');
const MEASURE_NOUNS = words(
  'طول عرض ارتفاع عمق مساحة مسافة عدد رقم حجم وزن كمية سعر ثمن تكلفة قيمة نسبة عمر سرعة',
);
// "In which year / month / on what date": a time noun right after أي.
const WHICH = words('أي اي بأي بأية لأي');
const TIME_NOUNS = words('عام سنة تاريخ شهر يوم وقت فترة عقد قرن حقبة عهد عصر زمن');
// "On which day" asks for a date with its day, which a month or a year alone does not give.
const DAY_NOUNS = words('يوم اليوم');
// "How long" (كم من الوقت, كم سنة) asks for a duration, which a date word can give (لعقود).
const DURATION_NOUNS = words('الوقت وقت سنة سنوات عام عاما اعوام شهر شهرا اشهر يوم يوما ايام مدة فترة');
// "How long did it last / take / stay" (كم دام, كم استغرق, قديش ضلت) asks for a duration as well.
const DURATION_VERBS = words(
  'دام دامت استمر استمرت يستمر تستمر طال طالت استغرق استغرقت يستغرق تستغرق ظل ظلت ضل ضلت بقي بقيت',
);

const NUMBER_WORDS = words(`
واحد واحدة احدى اثنان اثنين اثنتان اثنتين مرتين ثلاث ثلاثة اربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية تسع تسعة عشر عشرة
عشرون عشرين ثلاثون ثلاثين اربعون أربعين خمسون خمسين مئة مائة مئات الف ألفا آلاف الاف مليون ملايين مليار
مليارات نصف ربع ثلث ضعف عدة بضع بضعة عشرات`);

const TIME_WORDS = words(`
عام العام عاما أعوام سنة السنة سنوات شهر الشهر أشهر يوم اليوم أيام الأيام أسبوع قرن القرن عقد عقود
الماضي الماضية المقبل المقبلة منذ أوائل أواخر مطلع منتصف لاحق
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين`);

const STANCE_WORDS = words(`
قال قالت قالوا قالا يقول تقول يقولون قول قوله قولها قولهم أضاف أضافت يضيف
أكد أكدت أكدوا يؤكد تؤكد يؤكدون تأكيد صرح صرحت تصريح تصريحات أعلن أعلنت يعلن إعلان
نفى نفت نفوا ينفي تنفي نفي اتهم اتهمت اتهموا يتهم تتهم اتهام اتهامات متهم متهمة
رحب رحبت يرحب ترحيب أدان أدانت يدين إدانة ندد نددت انتقد انتقدت ينتقد انتقاد انتقادات
عارض عارضت يعارض تعارض معارضة معارض أيد أيدت يؤيد تأييد مؤيد مؤيدا مؤيدة دعم دعمت يدعم
دعا دعت يدعو طالب طالبت يطالب رفض رفضت يرفض وافق وافقت موافقة حذر حذرت يحذر تحذير
اعتبر اعتبرت يعتبر وصف وصفت يصف يرى ترى يرون رأى رأي آراء موقف مواقف رد ردت ردا ردود
اعترف اعترفت تعهد تعهدت يتعهد وعد وعدت وعدتا تعهدات شجب احتج احتجت احتجاج قلق أعرب أعربت استنكر استنكرت
أشاد أشادت أفاد أفادت ذكر ذكرت يذكر أوضح أوضحت يوضح بيان`);

// Words that give a cause or a purpose: بسبب تجاربها النووية, لأن, نتيجة, بهدف.
const REASON_WORDS = words(
  'بسبب سبب لسبب لان لانه لانها لانهم نتيجة جراء بفضل نظرا بهدف لهدف بغرض لغرض لاجل كي لكي',
);

// A day: of the week, or one relative to the report (أمس, غدا). A day of the month is a number.
const DAY_WORDS = words('السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس البارحة غدا');

// A length of time: so many years or days (لعقود, سنتين), or a span (طوال, لمدة). A month's name
// dates an event but says nothing of how long it lasted.
const DURATION_WORDS = words(`
عقود عقدين سنوات سنين اعوام عامين سنتين قرون قرنين اشهر شهور شهرين اسابيع اسبوعين ايام يومين ساعات ساعتين
دقائق طوال طيلة مدة لمدة فترة لفترة`);

// The words, clitics aside, that can hold each type of answer: a date may be a day (أمس, الخميس), and a
// length of time a number of units.
const WORDS_HOLDING: Readonly<Record<AnswerType, readonly ReadonlySet<string>[]>> = {
  number: [NUMBER_WORDS],
  time: [TIME_WORDS, DAY_WORDS],
  day: [DAY_WORDS],
  duration: [DURATION_WORDS, NUMBER_WORDS],
  stance: [STANCE_WORDS],
  reason: [REASON_WORDS],
};

// Decades are written as plural adjectives: الخمسينيات, التسعينيات.
const DECADE = /ينيات$/;
// A day of the month: 1 to 31, alone or in a written date (15/6/2023).
const DAY_OF_MONTH = /^(?:0?[1-9]|[12]\d|3[01])(?:\D|$)/;
// A four-digit number in this range is read as a year: it dates an event but counts nothing.
const YEAR = /^(?:1\d|20)\d\d$/;
// A number that can date an event alone is a year (2019, or 540 of an older era). One of one or two
// digits dates nothing without a month or a unit ("15 يونيو", "قبل 20 عاما"), which are time words
// themselves: "20 ألفا" is a count. Years still hold a duration, worked out from two (1950- 1953).
const DATE_NUMBER = /^\d{3,4}$/;

// مدى is a measure before a definite noun ("ما مدى الصواريخ", their range), and an extent before a
// noun in a construct ("ما مدى أهمية العلاقة", how important it is).
const RANGE = 'مدي';

/** Whether the word, followed by `next`, names a measure (طول, السعر), with or without the article. */
function isMeasureNoun(word: string, next: string | undefined): boolean {
  if (word === RANGE) return next !== undefined && hasDefiniteArticle(next);
  return hasWithOrWithoutArticle(MEASURE_NOUNS, word);
}

/** Whether the set holds the word as written or without its definite article (السعر → سعر). */
function hasWithOrWithoutArticle(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || (word.startsWith('ال') && set.has(word.slice(2)));
}

/**
 * The answer type a question asks for, from its (normalized) words. `stanceHolder` is what
 * askedStanceHolder finds in them, for a caller that has worked it out already.
 */
export function expectedAnswerType(
  questionWords: readonly string[],
  stanceHolder: readonly string[] | undefined = askedStanceHolder(questionWords),
): AnswerType | undefined {
  const asksMeasure = questionWords.some(
    (word, i) => WHAT.has(questionWords[i - 1] ?? '') && isMeasureNoun(word, questionWords[i + 1]),
  );
  const asksDuration = questionWords.some(
    (word, i) =>
      ASKS_NUMBER.has(word) &&
      (DURATION_NOUNS.has(questionWords[i + 1] ?? '') ||
        DURATION_VERBS.has(questionWords[i + 1] ?? '') ||
        (questionWords[i + 1] === 'من' && DURATION_NOUNS.has(questionWords[i + 2] ?? ''))),
  );
  // Egyptian puts the number word after a time noun to ask which one: سنة كام ("which year").
  const asksWhichYear = questionWords.some(
    (word, i) => TIME_NOUNS.has(word) && ASKS_NUMBER.has(questionWords[i + 1] ?? ''),
  );
  if (asksDuration) return 'duration';
  if (asksWhichYear) return 'time';
  if (asksMeasure || questionWords.some((word) => ASKS_NUMBER.has(word))) return 'number';
  if (questionWords.some((word) => ASKS_TIME.has(word))) return 'time';
  const timeAskedByWhich = questionWords.find(
    (word, i) => WHICH.has(questionWords[i - 1] ?? '') && TIME_NOUNS.has(word),
  );
  if (timeAskedByWhich !== undefined) return DAY_NOUNS.has(timeAskedByWhich) ? 'day' : 'time';
  if (stanceHolder) return 'stance';
  return questionWords.some((word) => ASKS_REASON.has(word)) ? 'reason' : undefined;
}

/** Whether one normalized word could hold (part of) an answer of the type. */
export function canHoldAnswer(normalizedWord: string, type: AnswerType): boolean {
  if (/\d/.test(normalizedWord)) {
    if (type === 'day') return DAY_OF_MONTH.test(normalizedWord);
    if (type === 'time') return DATE_NUMBER.test(normalizedWord);
    return type === 'duration' || (type === 'number' && !YEAR.test(normalizedWord));
  }
  if (type === 'time' && DECADE.test(normalizedWord)) return true;
  const stripped = normalizedWord.replace(/^(?:وال|بال|لل|ال|و|ب|ل)(?=..)/, '');
  return WORDS_HOLDING[type].some((set) => set.has(normalizedWord) || set.has(stripped));
}

// The facts asked of a country as such: its capital, its currency ("ما اسم عملة …" asks the same).
const PLACE_FACTS = words('عاصمة عملة');
const NAME_OF = words('اسم');

/** The fact a "what is the … of" question asks of a place by name (عاصمه in "ما عاصمة كوريا؟"), if any. */
export function askedPlaceFact(questionWords: readonly string[]): string | undefined {
  return questionWords.find(
    (word, i) =>
      (WHAT.has(questionWords[i - 1] ?? '') || NAME_OF.has(questionWords[i - 1] ?? '')) &&
      hasWithOrWithoutArticle(PLACE_FACTS, word),
  );
}

// Words between "how many / how much" and what it counts: كم يبلغ عدد العمال.
const COUNT_FRAMES = words('عدد يبلغ تبلغ بلغ بلغت يكون تكون كان كانت هو هي من');

/**
 * The word a "how many / how much" question counts or measures, if any: راتب in "كم راتب العامل؟",
 * and the measure itself in "what is the price of …" (سعر in "ما سعر البرميل؟").
 */
export function countedWord(questionWords: readonly string[]): string | undefined {
  const measure = questionWords.find(
    (word, i) =>
      WHAT.has(questionWords[i - 1] ?? '') &&
      isMeasureNoun(word, questionWords[i + 1]) &&
      !COUNT_FRAMES.has(word),
  );
  if (measure !== undefined) return measure;
  const at = questionWords.findIndex((word) => ASKS_NUMBER.has(word));
  if (at === -1) return undefined;
  return questionWords.slice(at + 1).find((word) => !COUNT_FRAMES.has(word));
}
