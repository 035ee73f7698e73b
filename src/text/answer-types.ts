import { normalizeArabic } from './normalize.js';
import { wordsOf } from './tokenize.js';

/**
 * What kind of answer a question asks for, when its question word says so.
 * A passage that cannot contain such an answer (no number for "how many",
 * no date or time for "when") is less likely to be the one asked about, a
 * check taken from classic question answering.
 */
export const ANSWER_TYPES = ['number', 'time'] as const;
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

// MSA and colloquial question words.
const ASKS_NUMBER = words('كم قديش قداش كام');
const ASKS_TIME = words('متى امتى إمتى ايمتى أيمتى متين وقتيش');

const NUMBER_WORDS = words(`
واحد اثنان اثنين ثلاث ثلاثة اربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية تسع تسعة عشر عشرة
عشرون عشرين ثلاثون ثلاثين اربعون أربعين خمسون خمسين مئة مائة مئات الف ألفا آلاف الاف مليون ملايين مليار
مليارات نصف ربع ثلث ضعف عدة بضع بضعة عشرات`);

const TIME_WORDS = words(`
عام العام عاما أعوام سنة السنة سنوات شهر الشهر أشهر يوم اليوم أيام الأيام أسبوع قرن القرن عقد عقود
الماضي الماضية المقبل المقبلة منذ أوائل أواخر مطلع منتصف لاحق
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين`);

// Decades are written as plural adjectives: الخمسينيات, التسعينيات.
const DECADE = /ينيات$/;

/** The answer type a question asks for, from its (normalized) words. */
export function expectedAnswerType(questionWords: readonly string[]): AnswerType | undefined {
  if (questionWords.some((word) => ASKS_NUMBER.has(word))) return 'number';
  if (questionWords.some((word) => ASKS_TIME.has(word))) return 'time';
  return undefined;
}

/** Whether one normalized word could hold (part of) an answer of the type. */
export function canHoldAnswer(normalizedWord: string, type: AnswerType): boolean {
  if (/\d/.test(normalizedWord)) return true;
  const stripped = normalizedWord.replace(/^(?:وال|بال|لل|ال|و|ب|ل)(?=..)/, '');
  if (type === 'number') return NUMBER_WORDS.has(normalizedWord) || NUMBER_WORDS.has(stripped);
  return TIME_WORDS.has(normalizedWord) || TIME_WORDS.has(stripped) || DECADE.test(normalizedWord);
}
