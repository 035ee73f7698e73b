import { isCountryName } from './countries.js';
import { hasDefiniteArticle } from './definite.js';
import { ordinalClass } from './ordinals.js';
import { isStopWord } from './stopwords.js';
import { wordSet } from './word-set.js';

/**
 * Questions that ask for a person's name by the role they hold: "ما اسم وزير
 * الخارجية؟", "من هو الأمين العام؟". Such a question is answered only by a
 * passage that names whoever holds that role; a passage that mentions the role
 * without a name ("قال مسؤول أمريكي"), or names the holder of another one
 * ("وزير الدفاع سيرغي شويغو" for the foreign minister), cannot answer it.
 */
const ROLES = wordSet(`
وزير وزيرة رئيس رئيسة زعيم زعيمة مسؤول مسؤولة قائد قائدة ملك ملكة امير اميرة سلطان حاكم امين سفير سفيرة
مدير مديرة متحدث متحدثة ناطق مستشار مستشارة نائب خليفة والد والدة اب ام اخ اخت شقيق شقيقة زوج زوجة ابن ابنة`);

// "Who ruled / presided over …" asks a ruler's name as "who was the leader of …" does. Not "led"
// (قاد): a country or an alliance leads efforts and wars as often as a person does.
const RULING = wordSet('حكم يحكم حكمت تحكم ترأس يترأس ترأست تترأس');
const NAME_WORDS = wordSet('اسم اسماء');
// Colloquial asks for the name after the person: "المسؤول ده اسمه إيه؟", "الوزير اسمو شنو؟".
const HIS_NAME = wordSet('اسمه اسمو اسمها');
const WHAT = wordSet('ما شو ايش وش ايه شنو اش');
const WHO = wordSet('من مين منو شكون');
const COPULAS = wordSet('هو هي كان كانت يكون');
/** Relative pronouns: a clause after a noun tells something of it ("المسؤول الذي قال …"). */
export const RELATIVE_PRONOUNS = wordSet('الذي التي اللي الذين اللذين اللتين اللاتي');
// Which holder in time (الرئيس الحالي, السابق), like an ordinal (الرئيس الأول), does not say which role.
const HOLDER_IN_TIME = wordSet('الحالي الحاليه السابق السابقه');

const ARTICLE = /^ال(?=..)/;
// A relational noun in -ية right after the role names the office without the article: وزير خارجية روسيا.
const NISBA = /^..+يه$/;

/** The role a question asks a name for, with the words that qualify it (وزير + الخارجية الروسي). */
export interface PersonRole {
  /** The role word as the question writes it (normalized). */
  readonly role: string;
  /** The words right after it that say which role: الخارجية الروسي, العام للأمم المتحدة, خارجية. */
  readonly qualifiers: readonly string[];
}

/** Whether the (normalized) word names a role someone holds (وزير, الرئيس), the article aside. */
export function isRoleWord(word: string): boolean {
  return ROLES.has(word) || ROLES.has(word.replace(ARTICLE, ''));
}

function roleAt(words: readonly string[], at: number): PersonRole | undefined {
  const role = words[at];
  if (role === undefined || !(isRoleWord(role) || RULING.has(role))) {
    return undefined;
  }
  // The words that say which role take the article (وزير الدفاع, الأمين العام); a relative word (الذي,
  // اللي) or the question's end may also follow the role. Any other word is most often a name, and a
  // role followed by a name asks about that person ("من هي الملكة هيلانة؟", "رئيس TUMAS"), not for a
  // name; a role in a construct without the article (رئيس جامعة …) is left alone with it, unless the
  // word after it is a relational noun in -ية (وزير خارجية روسيا) or a country (رئيس كوريا الجنوبية),
  // which name an office, not a person.
  const qualifiers: string[] = [];
  let next = at + 1;
  for (; next < words.length; next += 1) {
    const word = words[next] as string;
    const namesOffice = next === at + 1 && (NISBA.test(word) || isCountryName(word));
    if (!(hasDefiniteArticle(word) || namesOffice) || isStopWord(word)) break;
    // A passage on the first head of the panel need not say "first": the ordinal is judged on its own.
    if (ordinalClass(word) === -1 && !HOLDER_IN_TIME.has(word)) qualifiers.push(word);
  }
  const following = words[at + 1];
  return following === undefined || next > at + 1 || isStopWord(following) ? { role, qualifiers } : undefined;
}

/**
 * The role whose holder's name the question asks for, if it asks for one.
 * `words` are the question's normalized words.
 */
export function askedPersonRole(words: readonly string[]): PersonRole | undefined {
  // "ما اسم وزير …", "شو اسم رئيس …": a name word right before the role.
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (NAME_WORDS.has(words[i] as string)) {
      const role = roleAt(words, i + 1);
      if (role) return role;
    }
  }
  // "المسؤول الأمريكي اللي اتكلم اسمه إيه؟": the role, then "his name" beside a what-word.
  const hisName = words.findIndex(
    (word, i) => HIS_NAME.has(word) && (WHAT.has(words[i + 1] ?? '') || WHAT.has(words[i - 1] ?? '')),
  );
  for (let i = 0; i < hisName; i += 1) {
    const role = roleAt(words, i);
    if (role) return role;
  }
  // "من هو رئيس …", "مين كان زعيم …": who is, first in the question, then the role.
  if (!WHO.has(words[0] ?? '')) return undefined;
  if (COPULAS.has(words[1] ?? '')) return roleAt(words, 2);
  // "مين وزير خارجية روسيا؟" asks the same without the copula; with a relative word after the role
  // ("من المسؤول الذي قال …?") it asks who did something, which the text may answer with a description.
  return words.some((word) => RELATIVE_PRONOUNS.has(word)) ? undefined : roleAt(words, 1);
}

// "ما أسماء المناطق …؟": the plural asks for a list of names.
const NAMES_WORDS = wordSet('أسماء اسامي');

/**
 * The things a question asks the names of, as a list ("ما أسماء المناطق الأوكرانية التي …؟"):
 * the noun (in the role's place) and the words after it that take the article (الأوكرانية), which the
 * name checks of named-role.ts read as they read a role and its qualifiers. Only the plural is read so:
 * "the name of the war" may be answered by a description (الحرب الكورية), a list of names is names.
 */
export function askedNamesOf(words: readonly string[]): PersonRole | undefined {
  const at = words.findIndex((word) => NAMES_WORDS.has(word));
  const noun = words[at + 1];
  if (at === -1 || noun === undefined || isStopWord(noun)) return undefined;
  const qualifiers: string[] = [];
  for (let next = at + 2; next < words.length; next += 1) {
    const word = words[next] as string;
    if (!hasDefiniteArticle(word) || isStopWord(word)) break;
    qualifiers.push(word);
  }
  return { role: noun, qualifiers };
}
