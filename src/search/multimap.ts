/** Append a value to the list a key maps to, creating the list on first use. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The list of a key with no values, shared: `map.get(key) ?? []` would allocate an empty array on
 * every miss, and lookups on a question's path miss far more often than they hit.
 */
export const NO_VALUES: readonly never[] = [];
