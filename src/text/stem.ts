import { isArabicWord } from './arabic-word.js';

/**
 * A light stemmer of the Light10 family (Larkey, Ballesteros & Connell,
 * "Light Stemming for Arabic Information Retrieval"), the stemmer behind
 * Lucene's ArabicAnalyzer. Light stemming joins inflections (clitics, plural
 * and feminine endings, attached pronouns) without reducing words to roots,
 * so names and loanwords survive and unrelated words are not merged.
 *
 * Input must already be normalized (see normalize.ts): ة is ه and ى is ي, so
 * the ة/ية suffixes of the original algorithm appear here as ه/يه.
 *
 * Additions to Light10, each for a failure seen on news text:
 * - the plural pronoun suffixes هم and هما are removed too: قولهم → قول;
 * - a ta marbuta that became ت before a pronoun is removed with it: علاقتها → علاق, like العلاقة;
 * - guards keep at least three letters where Light10 keeps two, so بالغة stays بالغ
 *   instead of غه, and a word is stemmed alike with or without its article: words of
 *   three letters are never stemmed, so للمرة must give مره (not مر) to meet مرة.
 */

// Article-bearing prefixes, longest first so وال wins over ال. هال is the colloquial
// demonstrative with the article (هالعبارة, "this phrase") in Gulf and Levantine speech.
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'هال', 'لل', 'ال'] as const;

// Third-person plural pronouns, which Light10 leaves on; removed first because they are outermost.
// (نا and كم are left alone: they end too many names and loanwords, كورونا among them.)
const PLURAL_PRONOUNS = ['هما', 'هم'] as const;

// Light10's suffixes in its order; one pass, so several may stack (مساعداتها → مساعد).
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

const PRONOUNS_BEFORE_TA = new Set(['ها', 'ه', ...PLURAL_PRONOUNS]);

function stripArticle(word: string): string {
  for (const article of ARTICLES) {
    // Three letters must remain, or words that merely begin with these letters lose them
    // (الفا "thousand" → فا, بالغه → غه); two-letter remainders would not match unstemmed short words anyway.
    if (word.startsWith(article) && word.length - article.length >= 3) {
      return word.slice(article.length);
    }
  }
  return word;
}

function stripSuffixes(word: string): string {
  let stem = word;
  let strippedPronoun = false;
  for (const pronoun of PLURAL_PRONOUNS) {
    if (stem.endsWith(pronoun) && stem.length - pronoun.length >= 3) {
      stem = stem.slice(0, -pronoun.length);
      strippedPronoun = true;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length);
      if (PRONOUNS_BEFORE_TA.has(suffix)) strippedPronoun = true;
    }
  }
  if (strippedPronoun && stem.length >= 4 && stem.endsWith('ت')) stem = stem.slice(0, -1);
  return stem;
}

function isStemmable(word: string): boolean {
  return word.length > 3 && isArabicWord(word);
}

/**
 * The light stem of a normalized word. A leading و is read as the conjunction
 * when at least three letters follow it (ونقلت → نقلت), as Light10 does.
 */
export function lightStem(word: string): string {
  if (!isStemmable(word)) return word;
  const withoutConjunction = word.startsWith('و') && word.length >= 4 ? word.slice(1) : word;
  return stripSuffixes(stripArticle(withoutConjunction));
}

/**
 * Every reading of a normalized word, most likely first. A leading و is either
 * the conjunction or the word's own first letter (وزير, وكالة); both stems are
 * returned so "وزير" and "الوزير" still meet. Single words without that
 * ambiguity give one stem.
 */
export function stemReadings(word: string): readonly string[] {
  const primary = lightStem(word);
  if (!isStemmable(word) || !word.startsWith('و') || word.startsWith('وال')) return [primary];
  const ownLetter = stripSuffixes(stripArticle(word));
  return ownLetter === primary ? [primary] : [primary, ownLetter];
}
