import { describe, expect, it } from 'vitest';
import { createPlainBm25, plainTokens } from '../../bench/baselines/plain-bm25.js';
import { syntheticArticles } from './articles.js';

/*
 * Hand-computed corpus, k1 = 1.2, b = 0.75, N = 3, average length 3:
 *   one/0/1  "قط كلب قط"        length 3, length norm 1.2 × (0.25 + 0.75 × 3/3) = 1.2
 *   one/0/2  "كلب سمك"          length 2, length norm 1.2 × (0.25 + 0.75 × 2/3) = 0.9
 *   two/0/1  "سمك سمك سمك بحر"  length 4, length norm 1.2 × (0.25 + 0.75 × 4/3) = 1.5
 * idf = ln(1 + (N − df + 0.5) / (df + 0.5)):
 *   قط (df 1) = ln(1 + 2.5/1.5) = 0.980829;  كلب, سمك (df 2) = ln(1 + 1.5/2.5) = 0.470004
 * term weight = idf × tf × 2.2 / (tf + length norm).
 */
const corpus = syntheticArticles({ one: ['قط كلب قط', 'كلب سمك'], two: ['سمك سمك سمك بحر'] });

describe('plainTokens', () => {
  it('normalizes and keeps letter/digit runs, so punctuation never sticks to a word', () => {
    expect(plainTokens('أين كيم-جونغ، في 2023؟')).toEqual(['اين', 'كيم', 'جونغ', 'في', '2023']);
  });
});

describe('createPlainBm25', () => {
  const bm25 = createPlainBm25(corpus);

  it('scores a rare term: 0.980829 × 2 × 2.2 / (2 + 1.2) = 1.348640', () => {
    const [hit, ...rest] = bm25.rank('قط؟', { top: 10 });
    expect(hit?.id).toBe('one/0/1');
    expect(hit?.score).toBeCloseTo(1.34864, 5);
    expect(rest).toEqual([]);
  });

  it('rewards term frequency with saturation and penalizes length', () => {
    const ranked = bm25.rank('سمك', { top: 10 });
    expect(ranked.map((hit) => hit.id)).toEqual(['two/0/1', 'one/0/2']);
    // 0.470004 × 3 × 2.2 / (3 + 1.5) and 0.470004 × 1 × 2.2 / (1 + 0.9)
    expect(ranked[0]?.score).toBeCloseTo(0.689339, 5);
    expect(ranked[1]?.score).toBeCloseTo(0.544215, 5);
  });

  it('sums the weights of the question terms a paragraph contains', () => {
    const ranked = bm25.rank('كلب سمك', { top: 10 });
    expect(ranked.map((hit) => hit.id)).toEqual(['one/0/2', 'two/0/1', 'one/0/1']);
    expect(ranked[0]?.score).toBeCloseTo(2 * 0.544215, 5);
    expect(ranked[2]?.score).toBeCloseTo(0.470004, 5);
  });

  it('keeps global statistics when limited to one article', () => {
    const ranked = bm25.rank('كلب سمك', { top: 10, article: 'two' });
    expect(ranked.map((hit) => hit.id)).toEqual(['two/0/1']);
    expect(ranked[0]?.score).toBeCloseTo(0.689339, 5);
  });

  it('returns at most `top` paragraphs', () => {
    expect(bm25.search('كلب سمك', { top: 2 })).toEqual(['one/0/2', 'two/0/1']);
  });

  it('abstains when no term is shared, and leaves no score behind for the next question', () => {
    expect(bm25.search('طائرة', { top: 10 })).toEqual([]);
    expect(bm25.rank('قط', { top: 10 })[0]?.score).toBeCloseTo(1.34864, 5);
  });

  it('rejects an unknown article', () => {
    expect(() => bm25.search('قط', { top: 3, article: 'nope' })).toThrow(/nope/);
  });

  it('matches across hamza spellings and breaks ties in reading order', () => {
    const twins = createPlainBm25(syntheticArticles({ a: ['ذهب إلى البحر', 'ذهب الى البحر'] }));
    expect(twins.search('الى', { top: 10 })).toEqual(['a/0/1', 'a/0/2']);
  });
});
