import type { Article } from '../src/corpus/article.js';
import { findArticle, resolveSection, type SectionMatch } from '../src/discord/article-lookup.js';
import { TEXT } from '../src/discord/messages.js';
import { sectionChoices } from '../src/discord/replies/choices.js';
import { quoted, shownTitle } from '../src/discord/replies/embed-parts.js';
import { noticeReply, type ReplyPayload } from '../src/discord/replies/payload.js';
import { ARTICLE_OPTION } from './article-option.js';
import type { AutocompleteRequest, CommandContext } from './types.js';

/** The section option of `/section` and `/quote`: autocomplete over titles, and resolving what was sent. */

/** Echoes of what the user typed in a refusal; titles are short, anything longer was not picked. */
const SECTION_ECHO_LENGTH = 100;

/** Sections whose title contains what was typed, or whose number it is; all of them before anything is typed. */
export async function autocompleteSection(
  request: AutocompleteRequest,
  context: CommandContext,
): Promise<void> {
  const typed = request.options.getFocused(true).value.trim().toLowerCase();
  const slug = request.options.getString(ARTICLE_OPTION)?.trim();
  const picked = slug ? findArticle(context.engine.articles, slug) : undefined;
  const articles = picked === undefined ? context.engine.articles : [picked];
  const matches: SectionMatch[] = articles.flatMap((article) =>
    article.sections
      .filter(
        (section) =>
          shownTitle(section.title).toLowerCase().includes(typed) || String(section.index + 1) === typed,
      )
      .map((section) => ({ article, section })),
  );
  await request.respond(sectionChoices(matches, articles.length > 1));
}

/** The section the option names within `articles`, or the refusal to send when it names none. */
export function sectionFromOption(
  value: string,
  articles: readonly Article[],
): SectionMatch | { readonly refusal: ReplyPayload } {
  const match = resolveSection(articles, value);
  if (match !== undefined) return match;
  return {
    refusal: noticeReply(TEXT.unknownSection(quoted(value, SECTION_ECHO_LENGTH)), { ephemeral: true }),
  };
}
