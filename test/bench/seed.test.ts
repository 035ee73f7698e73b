import { describe, expect, it } from 'vitest';
import { goldParagraphId } from '../../bench/seed.js';
import { syntheticArticles } from './articles.js';

describe('goldParagraphId', () => {
  const [article] = syntheticArticles({
    seed: ['زار شويغو بيونغيانغ في تموز.', 'ناقش المسؤولون توظيف العمال.', 'زار كيم موسكو.'],
  });
  if (article === undefined) throw new Error('synthetic article missing');

  it('is the paragraph whose original text contains the answer phrase', () => {
    expect(goldParagraphId(article, 'من زار بيونغيانغ؟', 'توظيف العمال')).toBe('seed/0/2');
  });

  it('rejects an answer found in no paragraph or in several, quoting the question', () => {
    expect(() => goldParagraphId(article, 'سؤال أ', 'الصين')).toThrow(/"سؤال أ".*found 0/);
    expect(() => goldParagraphId(article, 'سؤال ب', 'زار')).toThrow(/"سؤال ب".*found 2/);
  });
});
