/** Deterministic word shuffling for the synthetic scale corpora. */

/** mulberry32: a tiny 32-bit PRNG, so a seed fixes every corpus byte across runs and machines. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same words in a new order (Fisher–Yates), joined by single spaces: a
 * copy with the original's vocabulary and lengths but none of its phrasing.
 */
export function shuffleWords(text: string, random: () => number): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return words.join(' ');
}
