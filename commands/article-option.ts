import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Article } from '../src/corpus/article.js';
import { findArticle } from '../src/discord/article-lookup.js';
import { DESCRIPTIONS, TEXT } from '../src/discord/messages.js';
import { articleChoices } from '../src/discord/replies/choices.js';
import { quoted } from '../src/discord/replies/embed-parts.js';
import { noticeReply, type ReplyPayload } from '../src/discord/replies/payload.js';
import type { AutocompleteRequest, CommandContext, SlashInteraction, SlashOptions } from './types.js';

/**
 * The optional `article` option every slash command gains when more than one
 * article is loaded. With a single article it is left out: there is nothing
 * to choose.
 */

export const ARTICLE_OPTION = 'article';

type ChatInputData = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `data` as deployed for `articleCount` articles. */
export function withArticleOption(data: ChatInputData, articleCount: number): ChatInputData {
  if (articleCount <= 1) return data;
  return {
    ...data,
    options: [
      ...(data.options ?? []),
      {
        type: ApplicationCommandOptionType.String,
        name: ARTICLE_OPTION,
        description: DESCRIPTIONS.article,
        autocomplete: true,
        required: false,
      },
    ],
  };
}

/** The articles a command works on: the one named by the option, else all of them. */
export type ArticleScope =
  | { readonly articles: readonly Article[]; readonly slug?: string }
  | { readonly refusal: ReplyPayload };

/** Article names in refusals; slugs and titles are short, anything longer was not picked from the list. */
const ARTICLE_ECHO_LENGTH = 100;

export function articleScope(options: SlashOptions, context: CommandContext): ArticleScope {
  const requested = options.getString(ARTICLE_OPTION)?.trim();
  const all = context.engine.articles;
  if (requested === undefined || requested === '') return { articles: all };
  const article = findArticle(all, requested);
  if (article === undefined) {
    return {
      refusal: noticeReply(TEXT.unknownArticle(quoted(requested, ARTICLE_ECHO_LENGTH)), { ephemeral: true }),
    };
  }
  return { articles: [article], slug: article.slug };
}

/** Articles whose title or slug contains what was typed. */
export async function autocompleteArticle(
  request: AutocompleteRequest,
  context: CommandContext,
): Promise<void> {
  const typed = request.options.getFocused(true).value.trim().toLowerCase();
  const matching = context.engine.articles.filter(
    (article) => article.title.toLowerCase().includes(typed) || article.slug.includes(typed),
  );
  await request.respond(articleChoices(matching));
}

/** Answer with a refusal (unknown article, unknown section) and end the command. */
export async function refuse(
  interaction: Pick<SlashInteraction, 'reply'>,
  refusal: ReplyPayload,
): Promise<undefined> {
  await interaction.reply(refusal);
  return undefined;
}
