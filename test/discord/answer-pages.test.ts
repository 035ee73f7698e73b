import { describe, expect, it } from 'vitest';
import {
  locateExcerpt,
  pagerForParagraph,
  pagerFromAnswers,
  resolvePassage,
} from '../../src/discord/answer-pages.js';
import { ELLIPSIS } from '../../src/discord/text-fit.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf } from './helpers/articles.js';

const OTHER = makeArticle({
  slug: 'other',
  contentHash: 'ffffffff0000',
  sections: [['قسم', ['نص آخر تماما.']]],
});

describe('locateExcerpt', () => {
  const text = 'الجملة الأولى. الجملة الثانية المهمة. الجملة الثالثة.';

  it('finds a verbatim excerpt', () => {
    expect(locateExcerpt(text, 'الجملة الثانية المهمة.')).toEqual({ start: 15, length: 22 });
  });

  it('finds an excerpt the engine marked as cut', () => {
    expect(locateExcerpt(text, `${ELLIPSIS}الثانية المهمة${ELLIPSIS}`)).toEqual({ start: 22, length: 14 });
  });

  it('gives up on text that is not in the paragraph', () => {
    expect(locateExcerpt(text, 'ليست هنا')).toBeUndefined();
  });
});

describe('pagers from ranked answers', () => {
  const answers = [
    answerFor(ARTICLE, 1, 2, { excerpt: 'التقى بوتين عام 2019 بكيم' }),
    answerFor(OTHER, 0, 1),
    answerFor(ARTICLE, 0, 2),
  ];
  const pager = pagerFromAnswers(answers);

  it('turn to every ranked passage, in rank order, with its own excerpt', () => {
    const shown = answers.map((_, page) => resolvePassage({ ...pager, page }, [ARTICLE, OTHER]));
    expect(shown.map((passage) => passage?.paragraph.id)).toEqual(
      answers.map((answer) => answer.paragraph.id),
    );
    expect(shown.map((passage) => passage?.excerpt)).toEqual(answers.map((answer) => answer.excerpt));
  });

  it('go stale when the article text changes', () => {
    const edited = { ...ARTICLE, contentHash: '999999999999' };
    expect(resolvePassage(pager, [edited, OTHER])).toBeUndefined();
    expect(resolvePassage({ ...pager, page: 1 }, [edited, OTHER])?.paragraph.id).toBe('other/0/1');
  });

  it('go stale when the paragraph is gone', () => {
    const shortened = { ...ARTICLE, sections: ARTICLE.sections.slice(0, 1) };
    expect(resolvePassage(pager, [shortened])).toBeUndefined();
  });

  it('go stale past the last page', () => {
    expect(resolvePassage({ ...pager, page: 3 }, [ARTICLE, OTHER])).toBeUndefined();
    expect(resolvePassage({ ...pager, page: -1 }, [ARTICLE, OTHER])).toBeUndefined();
  });

  it('show the opening of a paragraph whose excerpt could not be located', () => {
    const paragraph = paragraphOf(ARTICLE, 0, 1);
    const unlocated = pagerFromAnswers([{ ...answerFor(ARTICLE, 0, 1), excerpt: 'نص معاد صياغته' }]);
    expect(unlocated.passages[0]?.span).toBeUndefined();
    expect(resolvePassage(unlocated, [ARTICLE])?.excerpt).toBe(paragraph.text);
  });
});

describe('pagerForParagraph', () => {
  const paragraph = paragraphOf(ARTICLE, 1, 2);

  it('shows a paragraph that fits as a whole', () => {
    const pager = pagerForParagraph(ARTICLE, paragraph, 1000);
    expect(resolvePassage(pager, [ARTICLE])?.excerpt).toBe(paragraph.text);
  });

  it('shows the opening of a paragraph too long to show at once', () => {
    const pager = pagerForParagraph(ARTICLE, paragraph, 10);
    expect(pager.passages[0]?.span).toBeUndefined();
  });
});
