/**
 * A loose spelling key for transliterated names. Foreign names are written
 * with any of غ ج ق ك گ for the /g/ sound (شويغو, شويجو; بيونغيانغ, بيونج يانج)
 * and with or without long vowels (فلاديفوستوك, فلاديفستوك; السوفييتي, السوفيتي).
 * The key maps the /g/ letters to one symbol, drops long vowels and hamza after
 * the first letter, and collapses doubled letters. Input must be normalized.
 */
const G_SOUND = /[غجقكگ]/g;
const INNER_VOWELS = /(?<=.)[اويء]/g;
const DOUBLED = /(.)\1+/g;

export function spellingSkeleton(word: string): string {
  return word.replace(G_SOUND, 'G').replace(INNER_VOWELS, '').replace(DOUBLED, '$1');
}
