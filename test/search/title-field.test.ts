import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.js';
import { ARTICLE_TITLE_WEIGHT, SECTION_TITLE_WEIGHT } from '../../src/search/fields.js';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { titleWeightOf } from '../../src/search/title-field.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { lightStem } from '../../src/text/stem.js';
import { makeArticle } from '../discord/helpers/articles.js';

const singer = makeArticle({
  slug: 'singer',
  title: 'شيرين عبد الوهاب',
  sections: [
    [
      'حياتها',
      [
        'شيرين عبد الوهاب مغنية مصرية، وتعد شيرين من أشهر المطربات في العالم العربي.',
        'بدأت مشوارها الغنائي في سن صغيرة، ثم تزوجت من الموزع الموسيقي محمد مصطفى عام 2007.',
      ],
    ],
  ],
});
const headline = makeArticle({
  slug: 'news',
  title: 'كيم وبوتين: تحالف يتعمق بين موسكو وبيونغيانغ',
  sections: [['مقدمة', ['قال مسؤول إن كيم قد يجتمع قريبا ببوتين.']]],
});

const index = buildSearchIndex([singer, headline]);
const weightOf = (word: string, passageIndex: number) => {
  const termId = index.dictionary.idOf(lightStem(normalizeArabic(word)));
  const passage = index.passages[passageIndex];
  if (termId === undefined || !passage) return 0;
  return titleWeightOf(index.titles, termId, passage);
};

describe('the title field', () => {
  it('gives every passage of an article its title, when the title names a subject', () => {
    expect(weightOf('شيرين', 0)).toBeCloseTo(ARTICLE_TITLE_WEIGHT);
    expect(weightOf('شيرين', 1)).toBeCloseTo(ARTICLE_TITLE_WEIGHT);
  });

  it('keeps section titles light and limited to their own passages', () => {
    expect(weightOf('حياتها', 1)).toBeCloseTo(SECTION_TITLE_WEIGHT);
    expect(weightOf('شيرين', 2)).toBe(0);
  });

  it('leaves out a headline, whose words are the news of one passage or another', () => {
    expect(weightOf('تحالف', 2)).toBe(0);
  });

  it('lets the other words of the question decide among an article’s passages', () => {
    // The second passage says "she married" without her name; the first repeats the name twice.
    const [best] = createSearchEngine([singer]).ask('متى تزوجت شيرين؟');
    expect(best?.paragraph.number).toBe(2);
  });
});
