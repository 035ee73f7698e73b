import { isArabicWord } from '../text/arabic-word.js';
import { appendTo, NO_VALUES } from './multimap.js';

/**
 * Forms of one word that differ only in their long vowels. Transliterated names and loanwords are
 * written with or without them, often both ways in one text (السوفيتي, السوفييتي; فلاديفوستوك,
 * فلاديفستوك), and a broken plural moves them (اسلوب, اساليب; ميلاد, مواليد), which light stemming leaves
 * as different terms.
 *
 * Terms are grouped by their letters without ا, و and ي (after the first letter, which may be a vowel
 * of the word's own: اوكرانيا); a term's variants are the others of its group at most a letter longer
 * or shorter. Short terms are left out: كاتب, كتب and كتيب share their consonants too. Some variants
 * are other words (تزايد "increase", تزويد "supply"), which is why they count as a repaired word does,
 * below a word spelled as asked: measured on the question sets and the four datasets, they gain about
 * five answers for each they lose.
 */
export const MIN_VARIANT_LENGTH = 5;
/** Forms further apart are left to typo repair, which judges how close a spelling comes (فلادفستك). */
const MAX_LENGTH_APART = 1;
const LONG_VOWELS_AFTER_FIRST = /(?<=.)[اوي]/g;

function consonants(term: string): string {
  return term.replace(LONG_VOWELS_AFTER_FIRST, '');
}

export class VowelVariants {
  private readonly byConsonants = new Map<string, string[]>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      if (term.length >= MIN_VARIANT_LENGTH && isArabicWord(term))
        appendTo(this.byConsonants, consonants(term), term);
    }
  }

  /** The other spellings of a term, by their long vowels alone (none for a short or foreign term). */
  of(term: string): readonly string[] {
    if (term.length < MIN_VARIANT_LENGTH) return NO_VALUES;
    const group = this.byConsonants.get(consonants(term));
    if (!group || group.length < 2) return NO_VALUES;
    return group.filter(
      (other) => other !== term && Math.abs(other.length - term.length) <= MAX_LENGTH_APART,
    );
  }
}
