import { isStopWord } from './stopwords.js';
import { wordSet } from './word-set.js';

/**
 * Questions about someone's stance on something: "ما موقف الصين من …؟", "كيف ردت
 * بكين على …؟", "ماذا قالت واشنطن عن …؟". Whose stance is asked (the holder)
 * is what such a question is about: a passage on the same matter that never
 * names the holder tells nothing of its stance, however many other words match.
 */
const STANCE_NOUNS = wordSet('موقف رأي راي رد ردة تعليق نظرة');
const STANCE_VERBS = wordSet('رد ردت ردوا علق علقت قال قالت قالوا');
// A verb asks for a stance only after "what" or "how": "ماذا قالت بكين", "كيف ردت الصين".
const WHAT_OR_HOW = wordSet('ماذا ماذ شو ايش وش إيه كيف كيفاش شلون ازاي');
// "رد فعل الصين": the holder follows the whole phrase.
const REACTION = wordSet('فعل الفعل');
// "What did people say …" asks what is said, by no one in particular.
const ANYONE = wordSet('الناس ناس الجميع البعض الكثيرون كثيرون');

/** The word naming whose stance the question asks about, if it asks about one (normalized). */
export function askedStanceHolder(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i += 1) {
    const word = words[i] as string;
    const asksStance =
      STANCE_NOUNS.has(word) || (STANCE_VERBS.has(word) && WHAT_OR_HOW.has(words[i - 1] ?? ''));
    if (!asksStance) continue;
    let at = i + 1;
    if (REACTION.has(words[at] ?? '')) at += 1;
    const holder = words[at];
    if (holder !== undefined && !isStopWord(holder) && !ANYONE.has(holder)) return holder;
  }
  return undefined;
}
