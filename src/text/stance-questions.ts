import { hasDefiniteArticle } from './definite.js';
import { isFramingWord } from './framing-words.js';
import { isRoleWord } from './person-questions.js';
import { isStopWord } from './stopwords.js';
import { wordSet } from './word-set.js';

/**
 * Questions about someone's stance on something: "ما موقف الصين من …؟", "كيف ردت
 * بكين على …؟", "ماذا قالت واشنطن عن …؟". Whose stance is asked (the holder)
 * is what such a question is about: a passage on the same matter that never
 * names the holder tells nothing of its stance, however many other words match.
 */
// Nouns and verbs asking for a stance, after "what" or "how": "ما موقف الصين", "ماذا قالت بكين".
const STANCE_WORDS = wordSet(
  'موقف رأي راي رد ردة تعليق نظرة',
  'ردت ردوا علق علقت قال قالت قالوا',
  // "What is it that … said": the verb carries its object, "إيه اللي قاله بوتين؟", "ما الذي قالته بكين؟".
  'قاله قالته قالوه',
);
// Stance words that are only nouns (رأى "saw" is written رأي once normalized). "What" as ماذا comes before
// a verb: "ماذا قالت بكين؟", never "ماذا موقف بكين؟".
const STANCE_NOUNS = wordSet('موقف رأي راي ردة تعليق نظرة');
const WHAT_BEFORE_VERBS = wordSet('ماذا ماذ بماذا');
// "ما الذي قاله …", "إيه اللي قاله …": a relative word between the question word and the verb.
const RELATIVES = wordSet('الذي التي اللي الي');
const WHAT_OR_HOW = wordSet('ما ماذا ماذ بماذا بم شو ايش وش إيه كيف كيفاش شلون ازاي');
// Verbs of saying or replying a holder may come before: "رئيس كوريا الجنوبية قال إيه؟", "بكين ردت ازاي؟".
const STANCE_VERBS_FIRST = wordSet('قال قالت قالوا رد ردت ردوا علق علقت');
// A holder named before its verb is a short name or title (رئيس كوريا الجنوبية), not a clause.
const MAX_HOLDER_WORDS = 3;
// "هل أيدت الصين الغزو؟": a yes-or-no question about taking a side asks for the stance of its subject.
// (دعم and ساند are left out: "did China support Pyongyang in the war" asks about help, not a view.)
const SIDE_VERBS = wordSet(`أيد أيدت أيدوا عارض عارضت عارضوا رفض رفضت رفضوا أدان أدانت أدانوا
رحب رحبت رحبوا وافق وافقت وافقوا اعترض اعترضت`);
const WHETHER = wordSet('هل وهل');
// Every word a stance question turns on, so that the other words of a question cost one lookup.
const TRIGGERS = new Set([...STANCE_WORDS, ...STANCE_VERBS_FIRST, ...SIDE_VERBS]);
// "وش كان رد …", "ما هو موقف …": the question word may stand one word away.
const COPULAS = wordSet('كان كانت هو هي');
// "رد فعل الصين": the holder follows the whole phrase.
const REACTION = wordSet('فعل الفعل');
// "What did people say …" asks what is said, by no one in particular.
const ANYONE = wordSet('الناس ناس الجميع البعض الكثيرون كثيرون');

/**
 * The words naming whose stance the question asks about, if it asks about one (normalized): one
 * word (الصين, لوكين), or a name and the adjective that tells which one it is (كوريا الجنوبية).
 */
export function askedStanceHolder(words: readonly string[]): readonly string[] | undefined {
  for (let i = 0; i + 1 < words.length; i += 1) {
    const word = words[i] as string;
    if (!TRIGGERS.has(word)) continue;
    // Egyptian and Levantine put the holder first and the question word last: "لوكين قال إيه عن الحرب؟".
    if (STANCE_VERBS_FIRST.has(word) && WHAT_OR_HOW.has(words[i + 1] ?? '') && i > 0) {
      const before = words.slice(0, i).filter((earlier) => !isStopWord(earlier));
      const someone =
        before.length > 0 && before.length <= MAX_HOLDER_WORDS && !before.some((w) => ANYONE.has(w));
      if (someone) return before;
    }
    const previous = words[i - 1] ?? '';
    // Only after a question word: "رأى الغرب الشرق على أنه ماذا؟" is the verb "saw", not "opinion";
    // and a noun not right after ماذا, which asks about a verb: "ماذا رأى شويغو؟" is what he saw.
    const asksStance = STANCE_WORDS.has(word)
      ? (WHAT_OR_HOW.has(previous) && !(STANCE_NOUNS.has(word) && WHAT_BEFORE_VERBS.has(previous))) ||
        ((COPULAS.has(previous) || RELATIVES.has(previous)) && WHAT_OR_HOW.has(words[i - 2] ?? ''))
      : SIDE_VERBS.has(word) && WHETHER.has(previous);
    if (!asksStance) continue;
    let at = i + 1;
    if (REACTION.has(words[at] ?? '')) at += 1;
    const holder = words[at];
    if (holder === undefined || isStopWord(holder) || ANYONE.has(holder)) continue;
    // A name without the article takes the adjective after it: South Korea is not North Korea; so does a
    // role, with or without it: the Chinese president is not the American one. (After another noun with
    // the article, an adjective is more often a manner: الموقف الرسمي.)
    const qualifier = words[at + 1];
    const qualified =
      (!hasDefiniteArticle(holder) || isRoleWord(holder)) &&
      qualifier !== undefined &&
      hasDefiniteArticle(qualifier) &&
      !isStopWord(qualifier);
    return qualified ? [holder, qualifier] : [holder];
  }
  return undefined;
}

// Words that introduce what a stance is about: "موقف الصين من الحرب", "رأي لوكين في العقوبات".
const ABOUT = wordSet('من في عن على حول تجاه بخصوص بشأن إزاء');
// The word introducing the topic follows the holder closely: "ما رأي أرتيوم لوكين، الأستاذ، في …".
const TOPIC_WINDOW = 3;

/**
 * What the stance asked about is about, given the holder askedStanceHolder found: the content words
 * after the word introducing it, up to the next such word ("العقوبات الأمريكية" in "إيه رأي لوكين في
 * العقوبات الأمريكية على روسيا؟"). Framing words (دور, نوع) are left out: they frame the topic
 * rather than name it. Empty when the question names no topic.
 */
export function askedStanceTopic(words: readonly string[], holder: readonly string[]): readonly string[] {
  const at = words.indexOf(holder[holder.length - 1] ?? '');
  if (at === -1) return [];
  const about = words.findIndex((word, i) => i > at && i <= at + TOPIC_WINDOW && ABOUT.has(word));
  if (about === -1) return [];
  const topic: string[] = [];
  for (const word of words.slice(about + 1)) {
    if (ABOUT.has(word)) break;
    if (!isStopWord(word) && !isFramingWord(word)) topic.push(word);
  }
  return topic;
}
