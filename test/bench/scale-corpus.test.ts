import { describe, expect, it } from 'vitest';
import { copiesFor, scaleCorpus } from '../../bench/scale-corpus.js';
import { type Article, paragraphsOf } from '../../src/corpus/article.js';
import { syntheticArticles } from './articles.js';

const base = syntheticArticles({
  a: ['واحد اثنان ثلاثة أربعة خمسة ستة', 'سبعة ثمانية تسعة عشرة'],
  b: ['أحد عشر اثنا عشر ثلاثة عشر'],
});
const words = (text: string) => text.split(/\s+/).sort();

describe('copiesFor', () => {
  it('takes the nearest whole number of copies, at least one', () => {
    expect(copiesFor(20_000, 1981)).toBe(10);
    expect(copiesFor(200_000, 1981)).toBe(101);
    expect(copiesFor(100, 1981)).toBe(1);
  });
});

describe('scaleCorpus', () => {
  it('keeps the originals first and names copy i of article d `d-c<i>`', () => {
    const corpus = scaleCorpus(base, 3);
    expect(corpus.map((article) => article.slug)).toEqual(['a', 'b', 'a-c1', 'b-c1', 'a-c2', 'b-c2']);
    expect(corpus.slice(0, 2)).toEqual(base);
    const copy = corpus[2];
    expect(copy && paragraphsOf(copy).map((p) => [p.id, p.articleSlug, p.number])).toEqual([
      ['a-c1/0/1', 'a-c1', 1],
      ['a-c1/0/2', 'a-c1', 2],
    ]);
    expect(new Set(corpus.map((article) => article.contentHash)).size).toBe(corpus.length);
  });

  it('gives each copied paragraph the words of its original in another order', () => {
    const texts = (article: Article | undefined) => (article ? paragraphsOf(article).map((p) => p.text) : []);
    const corpus = scaleCorpus(base, 3);
    const originals = texts(base[0]);
    for (const copy of [texts(corpus[2]), texts(corpus[4])]) {
      expect(copy.map(words)).toEqual(originals.map(words));
      expect(copy).not.toEqual(originals);
    }
  });

  it('is deterministic, and a smaller corpus is a prefix of a larger one', () => {
    const texts = (copies: number) =>
      scaleCorpus(base, copies).flatMap((a) => paragraphsOf(a).map((p) => p.text));
    expect(texts(3)).toEqual(texts(3));
    expect(texts(4).slice(0, texts(3).length)).toEqual(texts(3));
  });
});
