import { isArabicWord } from './arabic-word.js';

/**
 * A rough triliteral root for a light stem, by matching the common derivation
 * patterns of Modern Standard Arabic (تفعيل, افتعال, مفاعلة, فاعل, …) and the
 * present-tense and past-tense verb affixes. It joins words light stemming
 * keeps apart although a reader relates them: تزويد/زودت, اعترفت/تعترف,
 * توظيف/توظف, معاقبة/تعاقب.
 *
 * Roots over-merge (عملة "currency" and عمل "work" share one), so the index
 * uses them only as a weak, last-resort reading; see ROOT_WEIGHT in word-terms.
 * Input is a normalized light stem; the result has three letters or is undefined.
 */

// Pattern templates, most specific first; each capture group is one root letter.
const PATTERNS: readonly RegExp[] = [
  /^است(.)(.)ا(.)$/, // استفعال: استقلال
  /^[ايتن]?ست(.)(.)(.)$/, // استفعل, يستفعل: استخدم
  /^مست(.)(.)(.)$/, // مستفعل: مستقبل
  /^ا(.)ت(.)ا(.)$/, // افتعال: اجتماع, اعتراف, انتهاك
  /^ان(.)(.)ا(.)$/, // انفعال: انهيار
  /^[ايتن]?(.)ت(.)(.)$/, // افتعل, يفتعل: اجتمع, يجتمع, تعترف
  /^ت(.)(.)ي(.)$/, // تفعيل: تصدير, تعميق, تزويد
  /^ت(.)ا(.)(.)$/, // تفاعل: تزايد
  /^م(.)ا(.)(.)$/, // مفاعل: معاقب, مساعد
  /^م(.)(.)و(.)$/, // مفعول: مفروض
  /^م(.)ت(.)(.)$/, // مفتعل: مجتمع
  /^ا(.)(.)ا(.)$/, // أفعال: اعمال
  /^(.)(.)ا(.)$/, // فعال: سلاح, عمال
  /^(.)ا(.)(.)$/, // فاعل: عامل, قاتل
  /^(.)(.)ي(.)$/, // فعيل: دليل, خبير
  /^(.)(.)و(.)$/, // فعول: عقوب, قيود
  /^[يتنام](.)(.)(.)$/, // verb prefixes, أفعل, مفعل: يزور, توظف, اسلح, معرض
];

// Past-tense and plural verb endings that the light stemmer leaves on: زودت, وعدتا, قاتلوا.
const VERB_ENDINGS = /(?:تما|تم|تا|وا|ت|ن)$/;

function matchPattern(stem: string): string | undefined {
  if (stem.length === 3) return stem;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(stem);
    if (match) return match.slice(1).join('');
  }
  return undefined;
}

export function approximateRoot(stem: string): string | undefined {
  if (stem.length < 3 || !isArabicWord(stem)) return undefined;
  const root = matchPattern(stem);
  if (root) return root;
  const withoutEnding = stem.replace(VERB_ENDINGS, '');
  if (withoutEnding !== stem && withoutEnding.length >= 3) return matchPattern(withoutEnding);
  return undefined;
}
