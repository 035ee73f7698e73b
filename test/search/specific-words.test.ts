import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.js';
import { makeArticle } from '../support/articles.js';

// Fillers share no word with the question; numbers keep them apart.
const fillers = (count: number) =>
  Array.from({ length: count }, (_, n) => `تناول التقرير رقم ${n + 1} أحوال المدينة ومبانيها.`);
const flood = 'اجتاحت الفيضانات قرية الزهراء في الربيع.';
const question = 'ماذا أصاب سكان الزهراء أمس؟';

describe('a question matching one rare word only', () => {
  it('is answered where that word is in one passage of fifty', () => {
    const engine = createSearchEngine([makeArticle('large', [['', [...fillers(49), flood]]])]);
    expect(engine.ask(question)[0]?.paragraph.text).toBe(flood);
  });

  it('is not answered from an article of twenty paragraphs, where one in twenty is no rarity', () => {
    const engine = createSearchEngine([makeArticle('short', [['', [...fillers(19), flood]]])]);
    expect(engine.ask(question)).toEqual([]);
  });
});
