/**
 * Decades are named by their tens: الخمسينيات or الخمسينات ("the fifties"), the
 * years 1950–1959, which a text may instead give as numbers: (1950- 1953).
 */
const TENS = ['عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'] as const;
// A preposition or conjunction, the article, the tens word, and either plural ending.
const DECADE = new RegExp(`^(?:[وفبل]|في)?(?:ال)?(${TENS.join('|')})(?:يات|ات)$`);

export interface Decade {
  /** The tens word itself (خمسين), the stem the text's own decade words share whatever their ending. */
  readonly tens: string;
  /** The years the decade may mean, as digits: both centuries for the twenties (1920s, 2020s). */
  readonly years: readonly string[];
}

/** The decade a normalized word names, if it names one. */
export function decadeOf(normalizedWord: string): Decade | undefined {
  const tens = DECADE.exec(normalizedWord)?.[1];
  if (tens === undefined) return undefined;
  const digit = TENS.indexOf(tens as (typeof TENS)[number]) + 2;
  const centuries = digit === 2 ? ['19', '20'] : ['19'];
  const years = centuries.flatMap((century) =>
    Array.from({ length: 10 }, (_, year) => `${century}${digit}${year}`),
  );
  return { tens, years };
}
