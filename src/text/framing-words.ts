import { normalizeArabic } from './normalize.js';
import { lightStem } from './stem.js';

/**
 * Words that frame a question rather than name its topic ("what is the
 * number / reason / name of …"). They are not stop words, since a passage
 * that contains them may still be the better match, but a question whose
 * only unmatched words are these has not really gone unanswered; the
 * confidence calibration weighs them lightly for that reason.
 */
const FRAMING = `
عدد اعداد كمية نسبة سبب اسباب السبب لسبب اسم اسماء نوع انواع حدث يحدث حصل صار جرى تم يتم يوجد توجد وجد
يسمى تسمى سمي يعرف تعرف يعتبر تعتبر اعتبر هدف الهدف غرض طريقة كيفية شكل دور مدى مقدار حجم ابرز اهم اكثر
اقل افضل معنى تعريف وصف يصف وصفت موضوع امر الامر شيء اشياء ماذا حاليا الان وقت زمن تاريخ متى فترة مدة
يمكن يستطيع تستطيع استطاع استطاعت قدر قدرت يقدر تقدر تمكن تمكنت يريد تريد اراد ارادت يود تود
جدا كثيرا فعلا حقا تحديدا بالضبط بالتحديد تقريبا بالنسبة
كان كانت اصبح اصبحت يقول تقول قال قالت قام قامت يقوم تقوم فعل فعلت عمل عملت جاء جاءت بدا بدات`;

const FRAMING_STEMS: ReadonlySet<string> = new Set(
  normalizeArabic(FRAMING).split(/\s+/).filter(Boolean).map(lightStem),
);

/** True when a stem is a question-framing word (see above). */
export function isFramingStem(stem: string): boolean {
  return FRAMING_STEMS.has(stem);
}
