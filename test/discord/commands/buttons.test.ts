import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as answerPages from '../../../commands/components/answer-pages.js';
import * as sectionPages from '../../../commands/components/section-pages.js';
import { pagerFromAnswers } from '../../../src/discord/answer-pages.js';
import { encodeAnswerButton, encodeSectionButton, hashPrefix } from '../../../src/discord/custom-id.js';
import { TEXT } from '../../../src/discord/messages.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf } from '../helpers/articles.js';
import { visible } from '../helpers/discord-rules.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import { fakeButton, onlyCall } from '../helpers/fake-interactions.js';

const pager = pagerFromAnswers([
  answerFor(ARTICLE, 1, 2, { excerpt: 'التقى بوتين عام 2019 بكيم' }),
  answerFor(ARTICLE, 0, 1),
]);
const context = { engine: fakeEngine([ARTICLE]) };

describe('answer buttons', () => {
  it('turn to the next passage in place, keeping the question line', async () => {
    const click = fakeButton(encodeAnswerButton('next', pager), 'السؤال: متى؟');
    expect(await answerPages.execute(click, context)).toEqual({ results: 2 });
    const update = onlyCall(click, 'update');
    expect(visible(update.embeds[0]?.description ?? '')).toBe(paragraphOf(ARTICLE, 0, 1).text);
    expect(update.embeds[0]?.author?.name).toBe('السؤال: متى؟');
  });

  it('show the whole paragraph', async () => {
    const click = fakeButton(encodeAnswerButton('full', pager));
    await answerPages.execute(click, context);
    expect(visible(onlyCall(click, 'update').embeds[0]?.description ?? '')).toBe(
      paragraphOf(ARTICLE, 1, 2).text,
    );
  });

  it('keep working after a restart: nothing but the custom id is needed', async () => {
    const reloaded = { engine: fakeEngine([structuredClone(ARTICLE)]) };
    const click = fakeButton(encodeAnswerButton('next', pager));
    await answerPages.execute(click, reloaded);
    expect(click.calls.map((call) => call.method)).toEqual(['update']);
  });

  it('say privately that the answer is stale once the article has changed', async () => {
    const changed = { engine: fakeEngine([{ ...ARTICLE, contentHash: 'ffffffffffff' }]) };
    const click = fakeButton(encodeAnswerButton('next', pager));
    await answerPages.execute(click, changed);
    const reply = onlyCall(click, 'reply');
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.staleAnswer));
  });

  it('say a button it cannot read no longer works', async () => {
    const click = fakeButton('a1|garbled');
    await answerPages.execute(click, context);
    expect(visible(onlyCall(click, 'reply').content ?? '')).toBe(TEXT.unknownButton);
  });
});

describe('section buttons', () => {
  const long = makeArticle({
    contentHash: 'cccccccc0000',
    sections: [['طويل', Array.from({ length: 20 }, () => 'جملة طويلة بعض الشيء. '.repeat(30))]],
  });
  const pageOne = { page: 0, articleHash: hashPrefix(long.contentHash), section: 0 };

  it('turn to the next page in place', async () => {
    const click = fakeButton(encodeSectionButton('next', pageOne));
    await sectionPages.execute(click, { engine: fakeEngine([long]) });
    expect(visible(onlyCall(click, 'update').embeds[0]?.footer?.text ?? '')).toContain('صفحة 2 من');
  });

  it('say privately that the page is stale once the article has changed', async () => {
    const click = fakeButton(encodeSectionButton('next', pageOne));
    await sectionPages.execute(click, context);
    expect(visible(onlyCall(click, 'reply').content ?? '')).toBe(visible(TEXT.staleSection));
  });
});
