/**
 * At most `n` items spread evenly over the list (first item included), so a
 * bounded sample still covers every article of a dataset file.
 */
export function evenlySpaced<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: Math.max(0, n) }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}
