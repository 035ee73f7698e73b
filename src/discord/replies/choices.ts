import type { Article, Paragraph } from '../../corpus/article.js';
import type { Answer } from '../../search/types.js';
import type { SectionMatch } from '../article-lookup.js';
import { sectionKey } from '../article-lookup.js';
import { plainText } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { clipAtWord, oneLine } from '../text-fit.js';
import { shownTitle } from './embed-parts.js';

/**
 * Autocomplete choices. Names are shown verbatim (no markdown), so they are
 * only clipped; values are what the command later receives.
 */

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/**
 * Marks a `/ask question` value as a picked passage rather than typed text.
 * A pilcrow never starts a real question, and the paragraph id after it
 * (`<slug>/<section>/<number>`) is checked against the loaded articles anyway.
 */
export const PASSAGE_CHOICE_PREFIX = '¶';

const choiceName = (text: string) => clipAtWord(plainText(oneLine(text)), DISCORD_LIMITS.choiceName) || '…';

function passageChoiceValue(paragraph: Paragraph): string {
  return `${PASSAGE_CHOICE_PREFIX}${paragraph.id}`;
}

/** The paragraph id a picked passage carries, or undefined for typed text. */
export function parsePassageChoice(value: string): string | undefined {
  return value.startsWith(PASSAGE_CHOICE_PREFIX) ? value.slice(PASSAGE_CHOICE_PREFIX.length) : undefined;
}

/**
 * One choice per paragraph, best first, showing the excerpt that matched.
 * A paragraph whose id would overflow a choice value is left out rather than
 * offered as something that cannot be answered.
 */
export function passageChoices(answers: readonly Answer[]): Choice[] {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const answer of answers) {
    const value = passageChoiceValue(answer.paragraph);
    if (seen.has(value) || value.length > DISCORD_LIMITS.choiceValue) continue;
    seen.add(value);
    choices.push({ name: choiceName(answer.excerpt), value });
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return choices;
}

/** At most 25 choices, leaving out any whose value Discord would refuse. */
function limitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((choice) => choice.value.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.autocompleteChoices);
}

/** "3. Title" (and the article when several are in play), valued by the section key `/section` and `/quote` resolve. */
export function sectionChoices(matches: readonly SectionMatch[], withArticle: boolean): Choice[] {
  return limitChoices(
    matches.map(({ article, section }) => {
      const label = `${section.index + 1}. ${shownTitle(section.title)}${withArticle ? ` — ${article.title}` : ''}`;
      return { name: choiceName(label), value: sectionKey(article, section) };
    }),
  );
}

export function articleChoices(articles: readonly Article[]): Choice[] {
  return limitChoices(articles.map((article) => ({ name: choiceName(article.title), value: article.slug })));
}
