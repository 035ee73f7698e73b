import { wordSet } from './word-set.js';

/**
 * Words that frame a question rather than name its topic ("what is the
 * number / reason / name of …", "is it true that …", "one of the experts
 * thinks that …", "what was the reply / view of …", which a passage answers
 * in words of its own: نفت، أيدت), and duals that point back at two the
 * text names ("the two countries", "the two leaders", "its two big
 * neighbours", in either case), whom its passages name instead of calling
 * them so. They are not stop words, since a passage
 * that contains them may still be the better match, but a question whose
 * only unmatched words are these has not really gone unanswered; the
 * confidence calibration weighs them lightly for that reason.
 */
const FRAMING = wordSet(`
عدد اعداد كمية نسبة سبب اسباب السبب لسبب اسم اسماء نوع انواع حدث يحدث حصل صار جرى تم يتم يوجد توجد وجد
يسمى تسمى سمي يعرف تعرف يعتبر تعتبر اعتبر هدف الهدف غرض طريقة كيفية شكل دور مدى مقدار حجم ابرز اهم اكثر
اقل افضل معنى تعريف وصف يصف وصفت موضوع امر الامر شيء اشياء ماذا حاليا الان وقت زمن تاريخ متى فترة مدة
يمكن يستطيع تستطيع استطاع استطاعت قدر قدرت يقدر تقدر تمكن تمكنت يريد تريد اراد ارادت يود تود
جدا كثيرا فعلا حقا تحديدا بالضبط بالتحديد بالذات تقريبا بالنسبة
كان كانت اصبح اصبحت يقول تقول قال قالت قام قامت يقوم تقوم فعل فعلت عمل عملت جاء جاءت بدا بدات
أهمية بداية تسمية اسمه سببه عدده سنة عام
يرى ترى يرون احد إحدى صحيح صح اكتر
رد ردت ردوا ردة موقف رأي راي
بلدين دولتين طرفين جانبين عاصمتين زعيمين بلدان دولتان طرفان جانبان عاصمتان زعيمان
جارتين جارتيها جارتاها جارين جاريها جاراها قوتين قوتان كبيرتين كبيرين عملاقين`);

// Only clitics that leave the word's meaning alone: a conjunction, a preposition, the article, and a
// possessive pronoun (اسمها, سببهم). A derivational ending makes another word: عملية and عملة are not عمل,
// nor تاريخية تاريخ, nor طريق طريقة, although light stemming gives them the same stem. The possessive ه is
// left out, since normalization writes ة as ه too (عمله is "currency" as often as "his work"); the few
// framing words common with it are listed.
const PROCLITICS = /^[وف]?(?:[بك]?ال|لل|[بل])?/;
const POSSESSIVE = /(?:ها|هم|هما|هن|كم)$/;

/** True when a normalized question word is a question-framing word (see above), clitics aside. */
export function isFramingWord(normalizedWord: string): boolean {
  if (FRAMING.has(normalizedWord)) return true;
  const bare = normalizedWord.replace(PROCLITICS, '');
  if (bare.length < 2) return false;
  return FRAMING.has(bare) || FRAMING.has(bare.replace(POSSESSIVE, ''));
}
