import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { ARTICLE_OPTION, autocompleteArticle, withArticleOption } from './article-option.js';
import * as ask from './ask.js';
import * as askMessage from './ask-message.js';
import * as answerPages from './components/answer-pages.js';
import * as sectionPages from './components/section-pages.js';
import * as help from './help.js';
import * as quote from './quote.js';
import * as search from './search.js';
import * as section from './section.js';
import * as sections from './sections.js';
import type { ButtonHandler, MessageMenuCommand, SlashCommand } from './types.js';

/**
 * The one list of commands: the router dispatches from it and the deploy
 * script registers it, so what users can type and what the bot handles
 * cannot drift apart.
 */

const SLASH_COMMANDS: readonly SlashCommand[] = [ask, search, sections, section, quote, help];
const MESSAGE_MENU_COMMANDS: readonly MessageMenuCommand[] = [askMessage];
const BUTTON_HANDLERS: readonly ButtonHandler[] = [answerPages, sectionPages];

export interface CommandRegistry {
  readonly slash: ReadonlyMap<string, SlashCommand>;
  readonly messageMenu: ReadonlyMap<string, MessageMenuCommand>;
  /** By custom-id kind (`a1`, `s1`…). */
  readonly buttons: ReadonlyMap<string, ButtonHandler>;
}

/** Every slash command's `article` option completes the same way, whatever else the command completes. */
function withArticleAutocomplete(command: SlashCommand): SlashCommand {
  return {
    data: command.data,
    execute: command.execute,
    ...(command.privateReply === undefined ? {} : { privateReply: command.privateReply }),
    async autocomplete(request, context) {
      if (request.options.getFocused(true).name === ARTICLE_OPTION) {
        await autocompleteArticle(request, context);
      } else if (command.autocomplete !== undefined) {
        await command.autocomplete(request, context);
      } else {
        await request.respond([]);
      }
    },
  };
}

export function createRegistry(): CommandRegistry {
  return {
    slash: new Map(SLASH_COMMANDS.map((command) => [command.data.name, withArticleAutocomplete(command)])),
    messageMenu: new Map(MESSAGE_MENU_COMMANDS.map((command) => [command.data.name, command])),
    buttons: new Map(BUTTON_HANDLERS.map((handler) => [handler.kind, handler])),
  };
}

/** The command definitions to deploy; the `article` option appears only when there is a choice to make. */
export function commandDefinitions(articleCount: number): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    ...SLASH_COMMANDS.map((command) => withArticleOption(command.data, articleCount)),
    ...MESSAGE_MENU_COMMANDS.map((command) => command.data),
  ];
}
