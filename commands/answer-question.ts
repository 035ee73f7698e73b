import { pagerForParagraph, pagerFromAnswers, resolvePassage } from '../src/discord/answer-pages.js';
import { findArticle, findParagraphById } from '../src/discord/article-lookup.js';
import { DISCORD_LIMITS } from '../src/discord/limits.js';
import { TEXT } from '../src/discord/messages.js';
import { type AnswerPage, buildAnswerReply } from '../src/discord/replies/answer.js';
import { parsePassageChoice } from '../src/discord/replies/choices.js';
import { buildNoAnswerReply } from '../src/discord/replies/no-answer.js';
import { noticeReply, type ReplyPayload } from '../src/discord/replies/payload.js';
import { ANSWERS_PER_QUESTION } from './answers-per-question.js';
import type { CommandContext, CommandOutcome } from './types.js';

/** Questions longer than this are cut (the slash option refuses them outright). */
export const QUESTION_MAX_LENGTH = 300;

export interface Question {
  /** Typed text, or a passage picked from autocomplete (see `PASSAGE_CHOICE_PREFIX`). */
  readonly text: string;
  /** Limit the search to this article. */
  readonly slug?: string;
  readonly hidden: boolean;
  readonly mentionUserId?: string;
}

export interface AnsweredQuestion {
  readonly payload: ReplyPayload;
  readonly outcome: CommandOutcome;
}

/** A picked paragraph up to this long is shown whole: even fully escaped (twice as long) it fits a description. */
const PICKED_SHOWN_WHOLE = DISCORD_LIMITS.embedDescription / 2;

/** A passage picked from the autocomplete list answers with that exact paragraph. */
function answerPickedPassage(
  paragraphId: string,
  question: Question,
  context: CommandContext,
): AnsweredQuestion {
  const { articles } = context.engine;
  const missing = { payload: noticeReply(TEXT.passageMissing, { ephemeral: true }), outcome: { results: 0 } };
  const paragraph = findParagraphById(articles, paragraphId);
  const article = paragraph === undefined ? undefined : findArticle(articles, paragraph.articleSlug);
  if (paragraph === undefined || article === undefined) return missing;
  const pager = pagerForParagraph(article, paragraph, PICKED_SHOWN_WHOLE);
  const passage = resolvePassage(pager, articles);
  if (passage === undefined) return missing;
  // No question line: the "question" is the passage id the pick carried.
  const options = { hidden: question.hidden, mentionUserId: question.mentionUserId };
  return { payload: buildAnswerReply({ passage, pager, view: 'excerpt' }, options), outcome: { results: 1 } };
}

/** The reply to a question: its best passage with the others behind buttons, or a plain "not in the article". */
export function answerQuestion(question: Question, context: CommandContext): AnsweredQuestion {
  const picked = parsePassageChoice(question.text);
  if (picked !== undefined) return answerPickedPassage(picked, question, context);
  const answers = context.engine.ask(question.text, {
    top: ANSWERS_PER_QUESTION,
    ...(question.slug === undefined ? {} : { article: question.slug }),
  });
  const [best] = answers;
  if (best === undefined) {
    return {
      payload: buildNoAnswerReply(question.text, { hidden: question.hidden }),
      outcome: { results: 0 },
    };
  }
  const page: AnswerPage = {
    passage: { article: best.article, paragraph: best.paragraph, excerpt: best.excerpt },
    pager: pagerFromAnswers(answers),
    view: 'excerpt',
  };
  return {
    payload: buildAnswerReply(page, {
      hidden: question.hidden,
      mentionUserId: question.mentionUserId,
      question: question.text,
    }),
    outcome: { results: answers.length, topScore: best.score },
  };
}
