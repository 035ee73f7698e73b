import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, createRegistry } from '../../commands/index.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { ARTICLE, makeArticle } from './helpers/articles.js';
import { fakeEngine } from './helpers/fake-engine.js';
import { fakeAutocomplete, onlyCall } from './helpers/fake-interactions.js';

/** Discord's rule for chat-input names: lowercase letters (any script), digits, `-` and `_`. */
const CHAT_INPUT_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

const optionsOf = (command: RESTPostAPIApplicationCommandsJSONBody): APIApplicationCommandOption[] =>
  'options' in command ? [...(command.options ?? [])] : [];

const isChatInput = (command: RESTPostAPIApplicationCommandsJSONBody) =>
  (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;

describe('command definitions', () => {
  const single = commandDefinitions(1);

  it('cover every command in the issue, and the message command', () => {
    expect(single.map((command) => command.name)).toEqual([
      'ask',
      'search',
      'sections',
      'section',
      'quote',
      'help',
      'Ask the article',
    ]);
  });

  it('follow Discord’s rules for names, descriptions and options', () => {
    for (const command of [...single, ...commandDefinitions(3)]) {
      if (!isChatInput(command)) {
        expect(command.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandName);
        expect('description' in command ? command.description : '').toBeFalsy();
        continue;
      }
      expect(command.name).toMatch(CHAT_INPUT_NAME);
      const options = optionsOf(command);
      expect(options.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandOptions);
      const requiredAfterOptional = options.some(
        (option, index) => option.required && options.slice(0, index).some((earlier) => !earlier.required),
      );
      expect(requiredAfterOptional).toBe(false);
      for (const text of [command, ...options].map((item) =>
        'description' in item ? (item.description ?? '') : '',
      )) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
      }
      for (const option of options) expect(option.name).toMatch(CHAT_INPUT_NAME);
    }
  });

  it('offer no article option when there is only one article', () => {
    for (const command of single)
      expect(optionsOf(command).map((option) => option.name)).not.toContain('article');
  });

  it('give every slash command an optional, autocompleted article option when there are several', () => {
    for (const command of commandDefinitions(2).filter(isChatInput)) {
      expect(optionsOf(command).at(-1)).toEqual(
        expect.objectContaining({
          name: 'article',
          type: ApplicationCommandOptionType.String,
          required: false,
          autocomplete: true,
        }),
      );
    }
  });

  it('cap /ask questions at 300 characters', () => {
    const ask = single.find((command) => command.name === 'ask');
    const question =
      ask === undefined ? undefined : optionsOf(ask).find((option) => option.name === 'question');
    expect(question).toMatchObject({ max_length: 300, autocomplete: true, required: true });
  });
});

describe('the registry', () => {
  const registry = createRegistry();

  it('has a handler for every command it deploys, so nothing deployed goes unanswered', () => {
    for (const command of commandDefinitions(2)) {
      const handler = isChatInput(command)
        ? registry.slash.get(command.name)
        : registry.messageMenu.get(command.name);
      expect(handler?.data.name).toBe(command.name);
    }
  });

  it('handles the buttons its replies carry', () => {
    expect([...registry.buttons.keys()]).toEqual(['a1', 's1']);
  });

  it('completes the article option the same way for every command', async () => {
    const engine = fakeEngine([
      ARTICLE,
      makeArticle({ slug: 'economy', title: 'العلاقات الاقتصادية', sections: [] }),
    ]);
    for (const name of ['ask', 'sections', 'quote']) {
      const request = fakeAutocomplete(name, 'article', { article: 'اقتصاد' });
      await registry.slash.get(name)?.autocomplete?.(request, { engine });
      expect(onlyCall(request, 'respond')).toEqual([{ name: 'العلاقات الاقتصادية', value: 'economy' }]);
    }
  });
});
