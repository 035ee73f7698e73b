/** Binary search for `value` in the ascending range [from, to) of `list`: its index, or -1. */
export function sortedIndexOf(list: ArrayLike<number>, value: number, from = 0, to = list.length): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle] as number;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function sortedIncludes(list: ArrayLike<number>, value: number): boolean {
  return sortedIndexOf(list, value) !== -1;
}
