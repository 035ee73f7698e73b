import { ApplicationCommandOptionType } from 'discord.js';
import { describe, it } from 'vitest';
import { createRegistry } from '../../commands/index.js';
import type { CommandContext } from '../../commands/types.js';
import type { Article } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { hashPrefix } from '../../src/discord/custom-id.js';
import { createSearchEngine } from '../../src/search/engine.js';
import {
  fakeAutocomplete,
  fakeButton,
  fakeMessageMenu,
  fakeSlash,
} from '../discord/helpers/fake-interactions.js';
import { HOSTILE_INPUTS, SEED_QUESTION } from './hostile-inputs.js';
import { expectWellBehaved } from './reply-checks.js';

/**
 * Every command in the registry fed every hostile text, with the real engine
 * over the bundled article: each interaction is acknowledged exactly once,
 * every payload is one Discord would accept, nothing can ping but the one
 * member a user chose, and no echoed text renders as a mention, a link, code
 * or formatting.
 */

const registry = createRegistry();
const MENTIONED = { id: '200000000000000002' };
const ARTICLE_OPTION = 'article';

// Loaded before the tests are collected: the forged ids below are built around the article's real hash.
const articles: Article[] = await loadArticles('data/articles');
const context: CommandContext = { engine: createSearchEngine(articles) };
const hash = hashPrefix(articles[0]?.contentHash ?? '');

type OptionValue = string | number | boolean | { readonly id: string };

/** Options for a slash command with `text` in every string option, and harmless values elsewhere. */
function optionsWith(commandName: string, text: string): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const option of registry.slash.get(commandName)?.data.options ?? []) {
    if (option.type === ApplicationCommandOptionType.String) options[option.name] = text;
    if (option.type === ApplicationCommandOptionType.Integer) options[option.name] = 1;
  }
  return options;
}

async function runSlash(commandName: string, options: Record<string, OptionValue>) {
  const command = registry.slash.get(commandName);
  if (command === undefined) throw new Error(`no /${commandName}`);
  const interaction = fakeSlash(commandName, options);
  await command.execute(interaction, context);
  return interaction;
}

/** The string options of a command that complete as you type, and the article option every command has. */
function autocompletedOptions(commandName: string): string[] {
  const options = registry.slash.get(commandName)?.data.options ?? [];
  const named = options
    .filter((option) => option.type === ApplicationCommandOptionType.String && option.autocomplete === true)
    .map((option) => option.name);
  return [...named, ARTICLE_OPTION];
}

/** Ids a client could send that the bot never made, built around the loaded article's real hash. */
const FORGED_CUSTOM_IDS: readonly string[] = [
  '',
  '|||||',
  'a1',
  's1',
  `a1|n|0|${hash}|0.2.6.0.0`,
  `a1|e|0|${hash}|0.2.6.0.0`,
  `a1|f|0|${hash}|0.2.6.zzzzzzzz.zzzzzzzz`,
  `a1|e|0|${hash}|0.2.6.0.1`,
  `a1|n|zzzzzzzz|${hash}|0.2.6`,
  `a1|p|0|${hash}|0.2.6`,
  `a1|n|-1|${hash}|0.2.6`,
  `a1|n|0|${hash}|zz.zz.zz`,
  `a1|n|0|${hash}|1.0.1`,
  'a1|n|0|ffffffff|0.0.1',
  `a1|x|0|${hash}|0.0.1`,
  `a1|n|0|${hash}|0.0.1|extra`,
  `a1|n|0|${hash}|${'0.0.1;'.repeat(30)}0.0.1`,
  `s1|n|0|${hash}|0`,
  `s1|p|0|${hash}|0`,
  `s1|n|zzzzzzzz|${hash}|0`,
  `s1|n|0|${hash}|zz`,
  `s1|f|0|${hash}|0`,
  's1|n|0|ffffffff|0',
];

/** Ids carrying the hostile text itself. */
const customIdsWith = (text: string) => [text, `a1|${text}`, `s1|n|0|${text}|0`];

async function clickWithEveryHandler(customId: string, questionLine: string | undefined): Promise<void> {
  for (const handler of registry.buttons.values()) {
    const click = fakeButton(customId, questionLine);
    await handler.execute(click, context);
    expectWellBehaved(click, `${handler.kind} ${JSON.stringify(customId)}`);
  }
}

describe.each(HOSTILE_INPUTS.map((input) => [input.name, input.text] as const))('%s', (_name, text) => {
  it('every slash command with it in every text option, and as the article', async () => {
    for (const commandName of registry.slash.keys()) {
      expectWellBehaved(await runSlash(commandName, optionsWith(commandName, text)), `/${commandName}`);
      const asArticle = { ...optionsWith(commandName, SEED_QUESTION), [ARTICLE_OPTION]: text };
      expectWellBehaved(await runSlash(commandName, asArticle), `/${commandName} article`);
    }
  });

  it('/ask hidden, and /ask directed at a member', async () => {
    const { id } = MENTIONED;
    expectWellBehaved(await runSlash('ask', { question: text, hide: true }), 'hidden');
    expectWellBehaved(await runSlash('ask', { question: text, hide: true, mention: MENTIONED }), 'both');
    expectWellBehaved(await runSlash('ask', { question: text, mention: MENTIONED }), 'directed', id);
    const around = `${text} ${SEED_QUESTION}`;
    expectWellBehaved(await runSlash('ask', { question: around, mention: MENTIONED }), 'answered', id);
  });

  it('the message context-menu command on a message saying it', async () => {
    for (const [commandName, command] of registry.messageMenu) {
      const interaction = fakeMessageMenu(commandName, text);
      await command.execute(interaction, context);
      expectWellBehaved(interaction, commandName);
    }
  });

  it('autocomplete of every option that completes', async () => {
    for (const [commandName, command] of registry.slash) {
      for (const focused of autocompletedOptions(commandName)) {
        const request = fakeAutocomplete(commandName, focused, { [focused]: text });
        await command.autocomplete?.(request, context);
        expectWellBehaved(request, `/${commandName} ${focused}`);
      }
    }
  });

  it('the buttons of an answer to it, clicked, and ids made of it', async () => {
    // Off-topic noise can outweigh the question: then there is no answer, and no button to click.
    const asked = await runSlash('ask', { question: `${SEED_QUESTION} ${text}` });
    const answer = asked.calls.find((call) => call.method === 'editReply')?.payload;
    if (answer === undefined || !('embeds' in answer)) throw new Error('/ask did not answer');
    const questionLine = answer.embeds[0]?.author?.name;
    const realIds = answer.components.flatMap((row) =>
      row.components.flatMap((button) => ('custom_id' in button ? [button.custom_id] : [])),
    );
    for (const customId of [...realIds, ...customIdsWith(text)]) {
      await clickWithEveryHandler(customId, questionLine);
    }
  });
});

describe('buttons with forged or garbled custom ids', () => {
  it.each(FORGED_CUSTOM_IDS)('%j', async (customId) => {
    await clickWithEveryHandler(customId, 'السؤال: متى؟');
  });
});

describe('/quote with paragraph numbers Discord would not send', () => {
  it.each([0, -1, 99_999, Number.MAX_SAFE_INTEGER, 1.5])('paragraph %s', async (paragraph) => {
    expectWellBehaved(await runSlash('quote', { section: '1', paragraph }), 'quote');
  });
});
