import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../commands/index.js';
import type { CommandContext } from '../../commands/types.js';
import type { Article } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { pagerFromAnswers } from '../../src/discord/answer-pages.js';
import { escapeText, plainText } from '../../src/discord/escape.js';
import { buildAnswerReply, buildAnswerUpdate } from '../../src/discord/replies/answer.js';
import { passageChoices } from '../../src/discord/replies/choices.js';
import { buildNoAnswerReply } from '../../src/discord/replies/no-answer.js';
import { buildQuoteReply } from '../../src/discord/replies/quote.js';
import { buildSearchReply } from '../../src/discord/replies/search-results.js';
import { createSearchEngine } from '../../src/search/engine.js';
import { fakeAutocomplete, fakeSlash } from '../discord/helpers/fake-interactions.js';
import { hostileText } from './arbitraries.js';
import { liveMarkup, unsafeCharacters } from './discord-markup.js';
import { expectSafeChoices, expectSafePayload, expectWellBehaved } from './reply-checks.js';

/**
 * Every reply the bot can build from any question and whatever the engine
 * finds for it: within Discord's limits, pinging nobody but the member
 * chosen, with no live markup and nothing unprintable.
 */

const MENTIONED = '200000000000000002';
const registry = createRegistry();

let articles: Article[];
let context: CommandContext;

beforeAll(async () => {
  articles = await loadArticles('data/articles');
  context = { engine: createSearchEngine(articles) };
});

describe('escaping any text', () => {
  it('leaves nothing live where markdown renders, and nothing unprintable', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeText(text);
        expect(liveMarkup(escaped)).toEqual([]);
        expect(unsafeCharacters(escaped)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nothing unprintable where text shows verbatim', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(unsafeCharacters(plainText(text))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reply builders on any question and what the engine finds for it', () => {
  it('answer, page turn, no-answer, search results, quote and autocomplete choices are all safe', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), fc.boolean(), (question, hidden, directed) => {
        const answers = context.engine.ask(question, { top: 5, minScore: 0 });
        const mentionUserId = directed ? MENTIONED : undefined;
        expectSafePayload(buildNoAnswerReply(question, { hidden }), undefined);
        expectSafePayload(buildSearchReply(question, answers), undefined);
        expectSafeChoices(passageChoices(context.engine.ask(question, { top: 25, minScore: 0 })));
        const [best] = answers;
        if (best === undefined) return;
        const page = { passage: best, pager: pagerFromAnswers(answers), view: 'excerpt' as const };
        const reply = buildAnswerReply(page, { hidden, mentionUserId, question });
        expectSafePayload(reply, hidden ? undefined : mentionUserId);
        const questionLine = reply.embeds[0]?.author?.name;
        expectSafePayload(buildAnswerUpdate({ ...page, view: 'full' }, questionLine), undefined);
        const section = best.article.sections[best.paragraph.sectionIndex];
        if (section === undefined) throw new Error(`no section for ${best.paragraph.id}`);
        expectSafePayload(buildQuoteReply(best.article, section, best.paragraph), undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('commands on any text', () => {
  it('/ask, /search, /section and /quote, and /ask autocomplete, answer once and safely', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        for (const [name, options] of [
          ['ask', { question: text }],
          ['search', { query: text }],
          ['section', { name: text }],
          ['quote', { section: text, paragraph: 1 }],
        ] as const) {
          const interaction = fakeSlash(name, options);
          await registry.slash.get(name)?.execute(interaction, context);
          expectWellBehaved(interaction, `/${name}`);
        }
        const request = fakeAutocomplete('ask', 'question', { question: text });
        await registry.slash.get('ask')?.autocomplete?.(request, context);
        expectWellBehaved(request, '/ask autocomplete');
      }),
      { numRuns: 200 },
    );
  });
});
