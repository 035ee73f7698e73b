/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition)
 * with an early exit: returns `limit + 1` as soon as the distance must exceed
 * `limit`. Used only to discard far candidates cheaply before fuse.js scores
 * the close ones, so it reuses three row buffers instead of allocating.
 */
let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0] === undefined || rows[0].length <= b.length) {
    rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 1));
  }
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length] as number, limit + 1);
}
