import { normalizeArabic } from './normalize.js';
import { wordSet } from './word-set.js';

const WANT = normalizeArabic('تريد');
// Levantine "wants", a stop word before a verb ("بدهم يشغلوا": they want to employ) …
const LEVANTINE_WANTS = wordSet('بده بدها بدهم بدو');
// … but the verb itself before the particle that carries its object: "بدها ياها" (wants it).
const OBJECT_CARRIERS = wordSet('ياه ياها ياهم اياه اياها اياهم');
// Egyptian "wanting it": عايزاها، عاوزينه, عايزها (the object pronoun marks the verb, not an auxiliary;
// عايزه alone is as often "she wants to …").
const EGYPTIAN_WANTING_IT = /^(?:عايز|عاوز)(?:اه|اها|اهم|ينه|ينها|ينهم|ها|هم)$/;

/**
 * The normalized words of a question with colloquial "wants it" read as the verb a text writes
 * (تريد, whose lexicon partners include تطالب): "المناطق اللي روسيا بدها ياها" are the regions
 * Russia claims. As an auxiliary before another verb "wants" stays a stop word.
 */
export function withWantingRead(words: readonly string[]): string[] {
  return words.map((word, at) =>
    (LEVANTINE_WANTS.has(word) && OBJECT_CARRIERS.has(words[at + 1] ?? '')) || EGYPTIAN_WANTING_IT.test(word)
      ? WANT
      : word,
  );
}
