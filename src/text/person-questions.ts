import { wordSet } from './word-set.js';

/**
 * Questions that ask for a person's name by the role they hold: "ما اسم وزير
 * الخارجية؟", "من هو الأمين العام؟", "مين رئيس أوكرانيا؟". Such a question is
 * answered only by a passage that names whoever holds the role; a passage that
 * mentions the role without a name ("قال مسؤول أمريكي") cannot answer it.
 */
const ROLES = wordSet(`
وزير وزيرة رئيس رئيسة زعيم زعيمة مسؤول مسؤولة قائد قائدة ملك ملكة امير اميرة سلطان حاكم امين سفير سفيرة
مدير مديرة متحدث متحدثة ناطق مستشار مستشارة نائب خليفة والد والدة اب ام اخ اخت شقيق شقيقة زوج زوجة ابن ابنة`);

const NAME_WORDS = wordSet('اسم اسماء');
const WHO = wordSet('من مين منو');
const COPULAS = wordSet('هو هي كان كانت يكون');

const ARTICLE = /^ال(?=..)/;

function roleAt(words: readonly string[], at: number): string | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  return ROLES.has(word) || ROLES.has(word.replace(ARTICLE, '')) ? word : undefined;
}

/**
 * The role word (as written in the question) whose holder's name is asked
 * for, if the question asks for one. `words` are the question's normalized words.
 */
export function askedPersonRole(words: readonly string[]): string | undefined {
  // "ما اسم وزير …", "شو اسم رئيس …": a name word right before the role.
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (NAME_WORDS.has(words[i] as string)) {
      const role = roleAt(words, i + 1);
      if (role) return role;
    }
  }
  // "من هو رئيس …", "مين رئيس …": who, first in the question, then the role.
  if (!WHO.has(words[0] ?? '')) return undefined;
  return roleAt(words, COPULAS.has(words[1] ?? '') ? 2 : 1);
}
