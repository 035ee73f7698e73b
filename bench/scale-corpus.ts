/**
 * Synthetic corpora for the scaling curve: the real passages plus shuffled
 * copies of them. Copies keep the vocabulary and passage lengths (what index
 * size and posting-list lengths depend on) but not the phrasing.
 */
import type { Article, Paragraph } from '../src/corpus/article.js';
import { digest } from './datasets.js';
import { mulberry32, shuffleWords } from './shuffle.js';

/** Fixed so that every run, and every machine, indexes the same corpus. */
const CORPUS_SEED = 0x1f2e3d4c;

/** How many copies of a `baseCount`-passage set come closest to `size` passages (at least one). */
export function copiesFor(size: number, baseCount: number): number {
  return Math.max(1, Math.round(size / baseCount));
}

/**
 * Copy 0 is the original articles, untouched, so the real questions keep
 * their gold passages; copy i ≥ 1 of article `d` is article `d-c<i>`. Each
 * copy has its own PRNG, so a smaller corpus is a prefix of a larger one.
 * Built straight into the one array the index is given: no other copy is kept.
 */
export function scaleCorpus(base: readonly Article[], copies: number): Article[] {
  const corpus = [...base];
  for (let copy = 1; copy < copies; copy++) {
    const random = mulberry32(CORPUS_SEED + copy);
    for (const article of base) corpus.push(shuffledCopy(article, copy, random));
  }
  return corpus;
}

function shuffledCopy(article: Article, copy: number, random: () => number): Article {
  const slug = `${article.slug}-c${copy}`;
  const sections = article.sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map(
      (paragraph): Paragraph => ({
        ...paragraph,
        id: `${slug}/${paragraph.sectionIndex}/${paragraph.number}`,
        articleSlug: slug,
        text: shuffleWords(paragraph.text, random),
      }),
    ),
  }));
  return { ...article, slug, sections, contentHash: digest(`${article.contentHash}:${copy}`) };
}
