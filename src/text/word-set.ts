import { normalizeArabic } from './normalize.js';

/** Whitespace-separated word lists, written as people spell them, as one set of normalized words. */
export function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => normalizeArabic(list).split(/\s+/).filter(Boolean)));
}
