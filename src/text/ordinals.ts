import { isStopWord } from './stopwords.js';
import { wordSet } from './word-set.js';

/**
 * Ordinal words: which one of a series a noun is ("the first test", "the last
 * test"). A question about the first of something is not answered by a
 * passage about the last of it, however many words they share: "متى أجرت كوريا
 * الشمالية أول تجربة نووية؟" against "التجربة النووية الأخيرة التي أجرتها عام 2017".
 */
const ORDINAL_CLASSES: readonly ReadonlySet<string>[] = [
  wordSet('أول أولى الأول الأولى'),
  wordSet('آخر أخير أخيرة الأخير الأخيرة'),
  wordSet('ثاني ثانية الثاني الثانية'),
  wordSet('ثالث ثالثة الثالث الثالثة'),
  wordSet('رابع رابعة الرابع الرابعة'),
  wordSet('خامس خامسة الخامس الخامسة'),
  // The next one: a question about the next summit is not answered by the first or the last.
  wordSet('القادم القادمة المقبل المقبلة التالي التالية الجاي الجاية المرتقب المرتقبة المنتظر المنتظرة'),
];

// Clitics an ordinal may carry in the text: للمرة الأولى, ولأول, بالأخيرة.
const CLITICS = /^(?:[وف]?(?:لل|[بلك]ال|[بلك](?=ا)|ال))|^[وف](?=ا)/;

/** Which ordinal a normalized word is (an index into the classes), or -1. */
export function ordinalClass(normalizedWord: string): number {
  for (const word of [normalizedWord, normalizedWord.replace(CLITICS, '')]) {
    const found = ORDINAL_CLASSES.findIndex((ordinals) => ordinals.has(word));
    if (found !== -1) return found;
  }
  return -1;
}

// Indexes into ORDINAL_CLASSES.
const LAST = 1;
/** ثاني to خامس: a series with a second one has a first, so only those may also be its last. */
const isNumbered = (ordinal: number): boolean => ordinal >= 2 && ordinal <= 5;

/**
 * Whether two ordinals may name the same one of a series: the same ordinal, or the last and a
 * numbered one other than the first ("she escaped a second time" tells her last escape when there
 * were two). The first is never the last of a series, and "the next" is neither.
 */
export function ordinalsMayAgree(asked: number, found: number): boolean {
  if (asked === found) return true;
  return (asked === LAST && isNumbered(found)) || (found === LAST && isNumbered(asked));
}

/** An ordinal the question puts on one of its words: أول (→ تجربة) in "أول تجربة نووية". */
export interface AskedOrdinal {
  readonly ordinal: number;
  /** The word it qualifies, as the question writes it (normalized). */
  readonly word: string;
}

/**
 * The ordinal a question asks about and the word it qualifies, if any. An
 * ordinal without the article comes before its noun (أول تجربة, آخر زيارة);
 * with the article it follows it (التجربة الأولى, الزيارة الأخيرة).
 */
export function askedOrdinal(
  words: readonly string[],
  /** ordinalClass, or a remembered copy of its answers. */
  ordinalOf: (word: string) => number = ordinalClass,
): AskedOrdinal | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const ordinal = ordinalOf(word);
    if (ordinal === -1) continue;
    const qualified = word.startsWith('ال') ? words[i - 1] : words[i + 1];
    if (qualified !== undefined && !isStopWord(qualified) && ordinalOf(qualified) === -1) {
      return { ordinal, word: qualified };
    }
  }
  return undefined;
}
