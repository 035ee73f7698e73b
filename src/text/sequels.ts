import { normalizeArabic } from './normalize.js';
import { isStopWord } from './stopwords.js';
import { wordSet } from './word-set.js';

/**
 * News paragraphs often tell one event and open the next with "وبعد ذلك" ("and
 * after that"): "استأنفت روسيا وكوريا الشمالية السفر بالقطارات …" then "وبعد
 * ذلك، بدأت روسيا بتصدير النفط …". A question about what came after the first
 * event ("ماذا صدرت روسيا بعد عودة القطارات؟") names that event in words only
 * the earlier paragraph has, while the answer is in the later one.
 */

/** Words that open a paragraph as the sequel of the one before: "after that", "later", "then". */
const SEQUEL_PHRASES: readonly (readonly string[])[] = [
  'بعد ذلك',
  'وبعد ذلك',
  'بعدها',
  'وبعدها',
  'ثم',
  'وقت لاحق',
  'لاحقا',
  'ولاحقا',
  'عقب ذلك',
  'وعقب ذلك',
  'إثر ذلك',
  'وإثر ذلك',
].map((phrase) => normalizeArabic(phrase).split(' '));

/** The connective may follow a few words of its clause: "وعملت الصين وروسيا بعد ذلك على …". */
export const SEQUEL_OPENING_WORDS = 6;

/**
 * Verbs of saying that open a paragraph without a subject ("وأضاف أن …", "he added that …"): the
 * speaker is the one the paragraph before named.
 */
const SPEECH_GOES_ON = wordSet(
  'واضاف واضافت وتابع وتابعت واوضح واوضحت واكد واكدت واشار واشارت ولفت ولفتت واعتبر واعتبرت',
);
const THAT = wordSet('ان انه انها انهم');

/** How a paragraph takes up the one before it in its section. */
export type Continuation = 'none' | 'sequel' | 'speaker';

/** How a paragraph, given its first normalized words, takes up the one before it. */
export function continuationOf(words: readonly string[]): Continuation {
  if (SPEECH_GOES_ON.has(words[0] ?? '') && THAT.has(words[1] ?? '')) return 'speaker';
  return opensAsSequel(words) ? 'sequel' : 'none';
}

/** Whether a paragraph, given its first normalized words, opens as the sequel of the one before. */
export function opensAsSequel(words: readonly string[]): boolean {
  const limit = Math.min(words.length, SEQUEL_OPENING_WORDS);
  for (let at = 0; at < limit; at += 1) {
    const matches = SEQUEL_PHRASES.some((phrase) =>
      phrase.every((word, offset) => words[at + offset] === word),
    );
    if (matches) return true;
  }
  return false;
}

/** "After", as a question puts it before the earlier event: بعد عودة القطارات, بعدما رجعت. */
const AFTER = wordSet('بعد وبعد بعدما عقب اثر');

/**
 * The words naming the event a question asks what came after (normalized), if it asks:
 * رجعت القطارات in "وش صدرت روسيا بعد ما رجعت القطارات؟". They run from "after" to the end.
 */
export function eventAskedAfter(words: readonly string[]): readonly string[] {
  const at = words.findIndex((word) => AFTER.has(word));
  if (at === -1) return [];
  return words.slice(at + 1).filter((word) => !isStopWord(word));
}

/** Words asking what came later: "هل تغير موقفهما لاحقا؟". */
const LATER = wordSet('لاحقا ولاحقا بعدين وبعدين لاحق');

/** The word of a question asking what came later, if any (normalized). */
export function laterAskedIn(words: readonly string[]): string | undefined {
  return words.find((word) => LATER.has(word));
}
