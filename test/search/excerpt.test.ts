import { describe, expect, it } from 'vitest';
import { buildExcerpt, MAX_EXCERPT_LENGTH } from '../../src/search/excerpt.js';
import { sentenceSpans } from '../../src/search/sentences.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { wordsOf } from '../../src/text/tokenize.js';

/** Build excerpt input where the given words (normalized) count as matches. */
function input(text: string, matching: readonly string[], scores?: number[]) {
  const sentences = sentenceSpans(text);
  const wordGroups: number[] = [];
  const sentenceBounds: number[] = [];
  const sentenceScores: number[] = [];
  for (const { start, end } of sentences) {
    sentenceBounds.push(wordGroups.length);
    let score = 0;
    for (const word of wordsOf(normalizeArabic(text.slice(start, end)))) {
      const hit = matching.includes(word);
      wordGroups.push(hit ? 0 : -1);
      if (hit) score += 1;
    }
    sentenceScores.push(score);
  }
  sentenceBounds.push(wordGroups.length);
  return { text, sentences, sentenceScores: scores ?? sentenceScores, wordGroups, sentenceBounds };
}

describe('buildExcerpt', () => {
  it('quotes the best-matching sentence verbatim', () => {
    const text = 'جملة أولى عن الطقس. التقى بوتين بكيم في فلاديفوستوك. جملة ثالثة عن الاقتصاد.';
    expect(buildExcerpt(input(text, ['فلاديفوستوك']), 40)).toBe('التقى بوتين بكيم في فلاديفوستوك.');
  });

  it('adds neighbouring sentences that also match while the quote fits', () => {
    const text = 'لا شيء هنا. بوتين زار الصين. ثم زار بوتين كوريا. نهاية.';
    expect(buildExcerpt(input(text, ['بوتين']))).toBe('بوتين زار الصين. ثم زار بوتين كوريا.');
  });

  it('cuts an over-long sentence at word boundaries around its matches, marked with ellipses', () => {
    const filler = 'كلمة '.repeat(120);
    const text = `${filler}التقى بوتين بكيم ${filler}نهاية.`;
    const excerpt = buildExcerpt(input(text, ['بوتين', 'بكيم']));
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(excerpt).toContain('التقى بوتين بكيم');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(text).toContain(excerpt.slice(1, -1));
    expect(excerpt.slice(1, -1)).toMatch(/^\S.*\S$/u);
  });

  it('returns the whole paragraph when it is one short sentence', () => {
    const text = 'تشكلت كوريا الشمالية في الأيام الأولى من الحرب الباردة.';
    expect(buildExcerpt(input(text, ['الباردة']))).toBe(text);
  });
});
