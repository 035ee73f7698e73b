import type { Article, Paragraph } from '../corpus/article.js';
import type { Answer } from '../search/types.js';
import { findArticleByHash, findParagraph } from './article-lookup.js';
import { type AnswerPager, fitAnswerPager, hashPrefix, type PassageRef, type TextSpan } from './custom-id.js';
import { clipAtWord, ELLIPSIS } from './text-fit.js';

/**
 * The model behind an answer's buttons: the ranked passages reduced to
 * references that fit in a custom id, and back again.
 */

/** About the length of the engine's own excerpts, for passages whose excerpt could not be located. */
const LEADING_EXCERPT_LENGTH = 350;

export interface ShownPassage {
  readonly article: Article;
  readonly paragraph: Paragraph;
  /** Verbatim text of the paragraph to show in the excerpt view. */
  readonly excerpt: string;
}

/** Where the engine's excerpt sits in its paragraph, ignoring an ellipsis the engine may have added at a cut. */
export function locateExcerpt(text: string, excerpt: string): TextSpan | undefined {
  for (const candidate of [excerpt, excerpt.split(ELLIPSIS).join('').trim()]) {
    const start = candidate === '' ? -1 : text.indexOf(candidate);
    if (start >= 0) return { start, length: candidate.length };
  }
  return undefined;
}

/** The ranked answers as a pager on its first page, trimmed to what a custom id can hold. */
export function pagerFromAnswers(answers: readonly Answer[]): AnswerPager {
  const articleHashes = [...new Set(answers.map((answer) => hashPrefix(answer.article.contentHash)))];
  const passages = answers.map((answer): PassageRef => {
    const span = locateExcerpt(answer.paragraph.text, answer.excerpt);
    return {
      article: articleHashes.indexOf(hashPrefix(answer.article.contentHash)),
      section: answer.paragraph.sectionIndex,
      paragraph: answer.paragraph.number,
      ...(span === undefined ? {} : { span }),
    };
  });
  return fitAnswerPager({ page: 0, articleHashes, passages });
}

/**
 * A pager over one paragraph chosen by id (an autocomplete pick): the whole
 * paragraph is the passage, unless it is too long to show at once, in which
 * case its opening is shown with the "whole paragraph" button.
 */
export function pagerForParagraph(article: Article, paragraph: Paragraph, maxShown: number): AnswerPager {
  const whole =
    paragraph.text.length <= maxShown ? { span: { start: 0, length: paragraph.text.length } } : {};
  return {
    page: 0,
    articleHashes: [hashPrefix(article.contentHash)],
    passages: [{ article: 0, section: paragraph.sectionIndex, paragraph: paragraph.number, ...whole }],
  };
}

/**
 * The passage on `pager.page`, read from the loaded articles; undefined when
 * it is stale: its article changed or went away, or the reference no longer
 * points inside it.
 */
export function resolvePassage(pager: AnswerPager, articles: readonly Article[]): ShownPassage | undefined {
  const ref = pager.passages[pager.page];
  const hash = ref === undefined ? undefined : pager.articleHashes[ref.article];
  const article = hash === undefined ? undefined : findArticleByHash(articles, hash);
  if (ref === undefined || article === undefined) return undefined;
  const paragraph = findParagraph(article, ref.section, ref.paragraph);
  if (paragraph === undefined) return undefined;
  if (ref.span === undefined) {
    return { article, paragraph, excerpt: clipAtWord(paragraph.text, LEADING_EXCERPT_LENGTH) };
  }
  const { start, length } = ref.span;
  if (start + length > paragraph.text.length) return undefined;
  return { article, paragraph, excerpt: paragraph.text.slice(start, start + length) };
}
