import { wordSet } from './word-set.js';

/**
 * Words of thanks and greeting, in Modern Standard Arabic, the dialects and the
 * Latin script study groups also type. Only words used for nothing else are
 * listed: صباح ("morning"), العافية ("health") and تسلم ("took over", as well as
 * "bless you") can be what a question asks about.
 */
const COURTESY = `
شكرا جزيلا مشكور مشكوره مشكورين يعطيك يعطيكم جزاك جزاكم ممنون ممنونه ممنونك مرسي ميرسي مرحبا
اهلا اهلين thanks thank thx merci hello hi`;

export const COURTESY_WORDS: ReadonlySet<string> = wordSet(COURTESY);

/** Whether a normalized word thanks or greets (it is a stop word too: it names no topic). */
export function isCourtesyWord(normalizedWord: string): boolean {
  return COURTESY_WORDS.has(normalizedWord);
}
