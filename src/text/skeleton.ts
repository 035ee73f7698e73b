/**
 * A loose spelling key for transliterated names. Foreign names are written
 * with any of غ ج ق ك گ for the /g/ sound (شويغو, شويجو; بيونغيانغ, بيونج يانج)
 * and with or without long vowels (فلاديفوستوك, فلاديفستوك; السوفييتي, السوفيتي).
 * The key maps the /g/ letters to one symbol, drops long vowels and hamza after
 * the first letter, and collapses doubled letters. Input must be normalized.
 */
const G_SOUND = new Set(['غ', 'ج', 'ق', 'ك', 'گ']);
const VOWELS = new Set(['ا', 'و', 'ي', 'ء']);

/** One pass over the word (it runs for every unknown query word). */
export function spellingSkeleton(word: string): string {
  let key = '';
  let last = '';
  for (let i = 0; i < word.length; i += 1) {
    const char = word[i] as string;
    if (i > 0 && VOWELS.has(char)) continue;
    const mapped = G_SOUND.has(char) ? 'G' : char;
    if (mapped !== last) key += mapped;
    last = mapped;
  }
  return key;
}
