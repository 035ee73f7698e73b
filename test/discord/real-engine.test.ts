import { beforeAll, describe, expect, it } from 'vitest';
import * as ask from '../../commands/ask.js';
import * as answerPages from '../../commands/components/answer-pages.js';
import * as quote from '../../commands/quote.js';
import * as section from '../../commands/section.js';
import type { CommandContext } from '../../commands/types.js';
import { type Article, paragraphsOf } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { sectionKey } from '../../src/discord/article-lookup.js';
import { decodeAnswerButton } from '../../src/discord/custom-id.js';
import { TEXT } from '../../src/discord/messages.js';
import { parsePassageChoice } from '../../src/discord/replies/choices.js';
import { createSearchEngine } from '../../src/search/engine.js';
import {
  choiceProblems,
  payloadProblems,
  rendered,
  textsOf,
  unbalancedIsolates,
  visible,
} from './helpers/discord-rules.js';
import { fakeAutocomplete, fakeButton, fakeSlash, onlyCall } from './helpers/fake-interactions.js';

/** The handlers on the real engine and the article in data/articles, as the bot runs them. */

let articles: Article[];
let context: CommandContext;

beforeAll(async () => {
  articles = await loadArticles('data/articles');
  context = { engine: createSearchEngine(articles) };
});

describe('/ask on the real article', () => {
  it('answers with the passage that holds the answer, and pages to the next one in place', async () => {
    const interaction = fakeSlash('ask', { question: 'متى التقى كيم وبوتين لأول مرة؟' });
    const outcome = await ask.execute(interaction, context);
    const answer = onlyCall(interaction, 'editReply');
    expect(textsOf(answer).map(visible).join('\n')).toContain('التقى بوتين عام 2019');
    expect(payloadProblems(answer)).toEqual([]);
    expect(outcome?.topScore).toBeGreaterThan(0);

    const next = answer.components[0]?.components.find(
      (button) => 'custom_id' in button && decodeAnswerButton(button.custom_id)?.action === 'next',
    );
    if (next === undefined || !('custom_id' in next)) throw new Error('no "next" button');
    const click = fakeButton(next.custom_id, answer.embeds[0]?.author?.name);
    await answerPages.execute(click, context);
    const turned = onlyCall(click, 'update');
    expect(turned.embeds[0]?.description).not.toBe(answer.embeds[0]?.description);
    expect(turned.embeds[0]?.author).toEqual(answer.embeds[0]?.author);
  });

  it('abstains on a question the article does not answer', async () => {
    const interaction = fakeSlash('ask', { question: 'ما أفضل طريقة لطهي المعكرونة الإيطالية؟' });
    await ask.execute(interaction, context);
    expect(visible(onlyCall(interaction, 'editReply').embeds[0]?.title ?? '')).toBe(TEXT.noAnswerTitle);
  });

  it('suggests passages while typing, and a picked one is answered with that very paragraph', async () => {
    const request = fakeAutocomplete('ask', 'question', { question: 'بوتين' });
    await ask.autocomplete(request, context);
    const choices = onlyCall(request, 'respond');
    expect(choices.length).toBeGreaterThan(0);
    expect(choiceProblems(choices)).toEqual([]);

    const [first] = choices;
    const paragraph = paragraphsOf(articles[0] as Article).find(
      (candidate) => candidate.id === parsePassageChoice(first?.value ?? ''),
    );
    const interaction = fakeSlash('ask', { question: first?.value ?? '' });
    await ask.execute(interaction, context);
    expect(visible(onlyCall(interaction, 'editReply').embeds[0]?.description ?? '')).toBe(paragraph?.text);
  });
});

describe('browsing the real article', () => {
  it('shows every section and quotes every paragraph within Discord’s limits, verbatim', async () => {
    for (const article of articles) {
      for (const part of article.sections) {
        const shown = fakeSlash('section', { name: sectionKey(article, part) });
        await section.execute(shown, context);
        const page = onlyCall(shown, 'reply');
        expect(payloadProblems(page)).toEqual([]);
        for (const text of textsOf(page)) expect(unbalancedIsolates(text)).toEqual([]);

        for (const paragraph of part.paragraphs) {
          const quoted = fakeSlash('quote', {
            section: sectionKey(article, part),
            paragraph: paragraph.number,
          });
          await quote.execute(quoted, context);
          const reply = onlyCall(quoted, 'reply');
          expect(payloadProblems(reply)).toEqual([]);
          expect(rendered(reply.embeds[0]?.description ?? '')).toBe(paragraph.text);
        }
      }
    }
  });
});
