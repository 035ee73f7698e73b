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

// The classes of words that say what a question asks, one bit each. A word's classes are read with
// one lookup (classOf): reading every question word against each list in turn cost more than the rest
// of working out the answer type.
// MSA and colloquial question words (Egyptian, Levantine, Gulf, Iraqi, Maghrebi).
const ASKS_NUMBER = 1 << 0;
const ASKS_REASON = 1 << 1;
const ASKS_TIME = 1 << 2;
// "What is the length / price / age / number of …" asks for a number as much as "how many" does.
const WHAT = 1 << 3;
const MEASURE_NOUN = 1 << 4;
// "In which year / month / on what date": a time noun right after أي.
const WHICH = 1 << 5;
const TIME_NOUN = 1 << 6;
// "On which day" asks for a date with its day, which a month or a year alone does not give.
const DAY_NOUN = 1 << 7;
// "How long" (كم من الوقت, كم سنة) asks for a duration, which a date word can give (لعقود).
const DURATION_NOUN = 1 << 8;
// "How long did it last / take / stay" (كم دام, كم استغرق, قديش ضلت) asks for a duration as well.
const DURATION_VERB = 1 << 9;
// The facts asked of a country as such: its capital, its currency ("ما اسم عملة …" asks the same).
const PLACE_FACT = 1 << 10;
const NAME_OF = 1 << 11;
// Words between "how many / how much" and what it counts: كم يبلغ عدد العمال.
const COUNT_FRAME = 1 << 12;
// "When can / must / should …" asks in what case, not on what date: متى يمكن، متى يجب.
const MODAL = 1 << 13;

const WORD_CLASSES = new Map<string, number>();
function addClass(bit: number, list: string, withArticle = false): void {
  for (const word of words(list)) {
    for (const form of withArticle ? [word, `ال${word}`] : [word]) {
      WORD_CLASSES.set(form, (WORD_CLASSES.get(form) ?? 0) | bit);
    }
  }
}
addClass(ASKS_NUMBER, 'كم بكم قديش قداش قديه كام بكام شكد شگد شكثر شحال');
addClass(ASKS_REASON, 'لماذا ليش لويش ليه علاش لاش');
addClass(ASKS_TIME, 'متى امتى إمتى ايمتى أيمتى متين وقتيش شوكت فوقاش');
addClass(WHAT, 'ما وما ماهو ماهي هو هي شو ايش إيش وش ايه إيه شنو واش');
// A measure is named with or without the article: "ما طول", "ما الطول".
addClass(
  MEASURE_NOUN,
  'طول عرض ارتفاع عمق مساحة مسافة عدد رقم حجم وزن كمية سعر ثمن تكلفة قيمة نسبة عمر سرعة',
  true,
);
addClass(WHICH, 'أي اي بأي بأية لأي');
addClass(TIME_NOUN, 'عام سنة تاريخ شهر يوم وقت فترة عقد قرن حقبة عهد عصر زمن');
addClass(DAY_NOUN, 'يوم اليوم');
addClass(DURATION_NOUN, 'الوقت وقت الزمن زمن سنة سنوات عام عاما اعوام شهر شهرا اشهر يوم يوما ايام مدة فترة');
addClass(
  DURATION_VERB,
  'دام دامت استمر استمرت يستمر تستمر طال طالت استغرق استغرقت يستغرق تستغرق ظل ظلت ضل ضلت بقي بقيت',
);
addClass(PLACE_FACT, 'عاصمة عملة', true);
addClass(NAME_OF, 'اسم');
addClass(COUNT_FRAME, 'عدد يبلغ تبلغ بلغ بلغت يكون تكون كان كانت هو هي من');
addClass(MODAL, 'يمكن يمكنه يمكنها يمكنك يجب ينبغي يستطيع تستطيع يحق يجوز');

/** The classes of a question word as bits; none for a word past either end of the question. */
function classOf(word: string | undefined): number {
  return word === undefined ? 0 : (WORD_CLASSES.get(word) ?? 0);
}

const NUMBER_WORDS = words(`
واحد واحدة احدى اثنان اثنين اثنتان اثنتين مرتين ثلاث ثلاثة اربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية تسع تسعة عشر عشرة
عشرون عشرين ثلاثون ثلاثين اربعون أربعين خمسون خمسين مئة مائة مئات الف ألفا آلاف الاف مليون ملايين مليار
مليارات نصف ربع ثلث ضعف عدة بضع بضعة عشرات`);

const TIME_WORDS = words(`
عام العام عاما أعوام سنة السنة سنوات شهر الشهر أشهر يوم اليوم أيام الأيام أسبوع قرن القرن عقد عقود
الماضي الماضية المقبل المقبلة منذ أوائل أواخر مطلع منتصف لاحق
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين`);

// Words that tell someone's stance: saying, denying, siding, and a source showing or revealing
// something (أظهرت البيانات، كشفت الوكالة). يظهر and أشار are left out: "ما يظهر" and "ما يشير إلى"
// tell what the facts point to, which is nobody's view.
const STANCE_WORDS = words(`
قال قالت قالوا قالا يقول تقول يقولون قول قوله قولها قولهم أضاف أضافت يضيف
أكد أكدت أكدوا يؤكد تؤكد يؤكدون تأكيد صرح صرحت تصريح تصريحات أعلن أعلنت يعلن إعلان
نفى نفت نفوا ينفي تنفي نفي اتهم اتهمت اتهموا يتهم تتهم اتهام اتهامات متهم متهمة
رحب رحبت يرحب ترحيب أدان أدانت يدين إدانة ندد نددت انتقد انتقدت ينتقد انتقاد انتقادات
عارض عارضت يعارض تعارض معارضة معارض أيد أيدت يؤيد تأييد مؤيد مؤيدا مؤيدة دعم دعمت يدعم
دعا دعت يدعو طالب طالبت يطالب رفض رفضت يرفض وافق وافقت موافقة حذر حذرت يحذر تحذير
اعتبر اعتبرت يعتبر وصف وصفت يصف يرى ترى يرون رأى رأي آراء موقف مواقف رد ردت ردا ردود
اعترف اعترفت تعهد تعهدت يتعهد وعد وعدت وعدتا تعهدات شجب احتج احتجت احتجاج قلق أعرب أعربت استنكر استنكرت
أشاد أشادت أفاد أفادت ذكر ذكرت يذكر أوضح أوضحت يوضح بيان
أظهر أظهرت كشف كشفت`);

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
  return (classOf(word) & MEASURE_NOUN) !== 0;
}

/**
 * The answer type a question asks for, from its (normalized) words. `stanceHolder` is what
 * askedStanceHolder finds in them, for a caller that has worked it out already.
 */
export function expectedAnswerType(
  questionWords: readonly string[],
  stanceHolder: readonly string[] | undefined = askedStanceHolder(questionWords),
): AnswerType | undefined {
  let asksMeasure = false;
  let asksDuration = false;
  let asksWhichYear = false;
  let asksNumber = false;
  let asksTime = false;
  let asksReason = false;
  let timeAskedByWhich: string | undefined;
  let previous = 0;
  let current = classOf(questionWords[0]);
  for (let i = 0; i < questionWords.length; i += 1) {
    const word = questionWords[i] as string;
    const next = classOf(questionWords[i + 1]);
    if ((current & ASKS_NUMBER) !== 0) {
      asksNumber = true;
      asksDuration ||=
        (next & (DURATION_NOUN | DURATION_VERB)) !== 0 ||
        (questionWords[i + 1] === 'من' && (classOf(questionWords[i + 2]) & DURATION_NOUN) !== 0);
    }
    // Egyptian puts the number word after a time noun to ask which one: سنة كام ("which year").
    if ((current & TIME_NOUN) !== 0) {
      asksWhichYear ||= (next & ASKS_NUMBER) !== 0;
      if ((previous & WHICH) !== 0) timeAskedByWhich ??= word;
    }
    asksMeasure ||= (previous & WHAT) !== 0 && isMeasureNoun(word, questionWords[i + 1]);
    asksTime ||= (current & ASKS_TIME) !== 0 && (next & MODAL) === 0;
    asksReason ||= (current & ASKS_REASON) !== 0;
    previous = current;
    current = next;
  }
  if (asksDuration) return 'duration';
  if (asksWhichYear) return 'time';
  if (asksMeasure || asksNumber) return 'number';
  if (asksTime) return 'time';
  if (timeAskedByWhich !== undefined) return (classOf(timeAskedByWhich) & DAY_NOUN) !== 0 ? 'day' : 'time';
  if (stanceHolder) return 'stance';
  return asksReason ? 'reason' : undefined;
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

/** The fact a "what is the … of" question asks of a place by name (عاصمه in "ما عاصمة كوريا؟"), if any. */
export function askedPlaceFact(questionWords: readonly string[]): string | undefined {
  return questionWords.find(
    (word, i) =>
      (classOf(word) & PLACE_FACT) !== 0 && (classOf(questionWords[i - 1]) & (WHAT | NAME_OF)) !== 0,
  );
}

/**
 * The word a "how many / how much" question counts or measures, if any: راتب in "كم راتب العامل؟",
 * and the measure itself in "what is the price of …" (سعر in "ما سعر البرميل؟").
 */
export function countedWord(questionWords: readonly string[]): string | undefined {
  const measure = questionWords.find(
    (word, i) =>
      (classOf(questionWords[i - 1]) & WHAT) !== 0 &&
      isMeasureNoun(word, questionWords[i + 1]) &&
      (classOf(word) & COUNT_FRAME) === 0,
  );
  if (measure !== undefined) return measure;
  const at = questionWords.findIndex((word) => (classOf(word) & ASKS_NUMBER) !== 0);
  if (at === -1) return undefined;
  return questionWords.slice(at + 1).find((word) => (classOf(word) & COUNT_FRAME) === 0);
}
