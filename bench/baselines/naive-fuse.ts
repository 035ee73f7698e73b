/**
 * Baseline (b): fuse.js pointed at the raw paragraphs with its default
 * options, the raw question as the pattern: what a first attempt at fuzzy
 * search looks like. No hit means the baseline abstained.
 */
import Fuse from 'fuse.js';
import { type Paragraph, paragraphsOf } from '../../src/corpus/article.js';
import type { RetrieverFactory } from '../retriever.js';

export const naiveFuse: RetrieverFactory = {
  name: 'naive fuse.js',
  build(articles) {
    const everything = newFuse(articles.flatMap(paragraphsOf));
    // fuse scores each record on its own, so a Fuse over one article ranks its paragraphs
    // exactly as the full one would; built on first use so that the build time stays the plain one.
    const byArticle = new Map<string, Fuse<Paragraph>>();
    const fuseFor = (slug: string): Fuse<Paragraph> => {
      let fuse = byArticle.get(slug);
      if (fuse === undefined) {
        const article = articles.find((candidate) => candidate.slug === slug);
        if (article === undefined) throw new Error(`naive fuse: no article with slug '${slug}'`);
        fuse = newFuse(paragraphsOf(article));
        byArticle.set(slug, fuse);
      }
      return fuse;
    };
    return {
      search: (question, { top, article }) =>
        (article === undefined ? everything : fuseFor(article))
          .search(question, { limit: top })
          .map((hit) => hit.item.id),
    };
  },
};

function newFuse(paragraphs: readonly Paragraph[]): Fuse<Paragraph> {
  return new Fuse(paragraphs, { keys: ['text'] });
}
