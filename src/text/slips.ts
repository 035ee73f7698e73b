import { boundedEditDistance } from './edit-distance.js';

/**
 * Typing slips: how a word typed in a hurry differs from the one meant. Used where a short word is
 * matched whole against the forms a text writes (الكوربة for الكورية), where any one edit would also
 * reach many other real words.
 */

// A word this long with a letter dropped (الشماية) is still long enough that few real words lie one letter away.
const MIN_LENGTH_WITH_DROPPED_LETTER = 6;

/**
 * Whether a word of a short stem is one slip from a spelling the text writes: a letter replaced by
 * one a slip turns it into (see LETTER_SLIPS), two swapped, or, in a longer word, one dropped. A letter
 * more, or a short word with one fewer, makes other words (المرب), and two changes make other words of
 * short ones (اللغه, بالغه).
 */
export function isOneSlip(word: string, spelling: string): boolean {
  if (boundedEditDistance(word, spelling, 1) > 1) return false;
  if (spelling.length !== word.length) {
    return word.length >= MIN_LENGTH_WITH_DROPPED_LETTER && spelling.length === word.length + 1;
  }
  let at = 0;
  while (word[at] === spelling[at]) at += 1;
  // One edit of the same length is a letter replaced, or two neighbours swapped when the next differs too.
  if (word[at + 1] !== spelling[at + 1]) return true;
  return isSlipOfLetter(word[at] as string, spelling[at] as string, at);
}

// Letters a slip of the pen or the keyboard turns into each other: those told apart only by their dots,
// those of sounds often confused, and neighbours on a row of the Arabic keyboard. Two other letters make
// another word more often than a typo: الدين is not الصين, nor الفرق الشرق, nor الخام العام.
const SAME_SHAPE = ['بتثني', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق'];
const SIMILAR_SOUND = ['سص', 'تط', 'ذز', 'ضظ', 'ثس', 'دض'];
const KEYBOARD_ROWS = ['ضصثقفغعهخحجد', 'شسيبلاتنمكط'];
const LETTER_SLIPS = new Set<string>();
for (const group of [...SAME_SHAPE, ...SIMILAR_SOUND]) {
  for (const a of group) for (const b of group) LETTER_SLIPS.add(a + b);
}
for (const row of KEYBOARD_ROWS) {
  for (let i = 0; i + 1 < row.length; i += 1) {
    LETTER_SLIPS.add(row.slice(i, i + 2));
    LETTER_SLIPS.add((row[i + 1] as string) + (row[i] as string));
  }
}
// The prefix of a present-tense verb against the alef of its past: يلتقي for التقى.
const VERB_PREFIXES = 'يتنا';

function isSlipOfLetter(typed: string, meant: string, at: number): boolean {
  if (at === 0 && VERB_PREFIXES.includes(typed) && VERB_PREFIXES.includes(meant)) return true;
  return LETTER_SLIPS.has(typed + meant);
}
