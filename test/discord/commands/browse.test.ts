import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as help from '../../../commands/help.js';
import * as quote from '../../../commands/quote.js';
import * as search from '../../../commands/search.js';
import * as section from '../../../commands/section.js';
import * as sections from '../../../commands/sections.js';
import { TEXT } from '../../../src/discord/messages.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf } from '../helpers/articles.js';
import { visible } from '../helpers/discord-rules.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import { fakeAutocomplete, fakeSlash, onlyCall } from '../helpers/fake-interactions.js';

const context = { engine: fakeEngine([ARTICLE], [answerFor(ARTICLE, 1, 2), answerFor(ARTICLE, 0, 1)]) };

describe('/search', () => {
  it('lists weak matches too, as many as asked for, after acknowledging', async () => {
    const engine = fakeEngine(
      [ARTICLE],
      [answerFor(ARTICLE, 1, 2), answerFor(ARTICLE, 0, 1), answerFor(ARTICLE, 0, 2)],
    );
    const interaction = fakeSlash('search', { query: 'بوتين', limit: 2 });
    const outcome = await search.execute(interaction, { engine });
    expect(engine.calls).toEqual([{ question: 'بوتين', options: { top: 2, minScore: 0 } }]);
    expect(interaction.calls.map((call) => call.method)).toEqual(['deferReply', 'editReply']);
    expect(visible(onlyCall(interaction, 'editReply').embeds[0]?.description ?? '')).toContain('**2.**');
    expect(outcome).toEqual({ results: 2, topScore: 0.8 });
  });

  it('defaults to five results', async () => {
    const engine = fakeEngine([ARTICLE]);
    await search.execute(fakeSlash('search', { query: 'بوتين' }), { engine });
    expect(engine.calls[0]?.options?.top).toBe(5);
  });
});

describe('/sections', () => {
  it('replies with the table of contents', async () => {
    const interaction = fakeSlash('sections');
    expect(await sections.execute(interaction, context)).toEqual({ results: 3 });
    expect(visible(onlyCall(interaction, 'reply').embeds[0]?.description ?? '')).toContain('العلاقة تاريخيا');
  });
});

describe('/section', () => {
  it.each([
    ['an autocomplete key', 'kim-putin/1'],
    ['a section number', '2'],
    ['a title', 'العلاقة تاريخيا'],
    ['part of a title', 'تاريخ'],
  ])('finds the section by %s', async (_, name) => {
    const interaction = fakeSlash('section', { name });
    await section.execute(interaction, context);
    expect(visible(onlyCall(interaction, 'reply').embeds[0]?.title ?? '')).toBe(
      TEXT.sectionHeading(2, 'العلاقة تاريخيا'),
    );
  });

  it('says privately when no section has that name', async () => {
    const interaction = fakeSlash('section', { name: 'خاتمة' });
    await section.execute(interaction, context);
    const reply = onlyCall(interaction, 'reply');
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.unknownSection('«خاتمة»')));
  });

  it('suggests sections whose title contains what is typed', async () => {
    const request = fakeAutocomplete('section', 'name', { name: 'تاريخ' });
    await section.autocomplete(request, context);
    expect(onlyCall(request, 'respond')).toEqual([{ name: '2. العلاقة تاريخيا', value: 'kim-putin/1' }]);
  });

  it('suggests every section before anything is typed, only from the chosen article', async () => {
    const other = makeArticle({ slug: 'other', sections: [['ملحق', ['نص.']]] });
    const request = fakeAutocomplete('section', 'name', { name: '', article: 'other' });
    await section.autocomplete(request, { engine: fakeEngine([ARTICLE, other]) });
    expect(onlyCall(request, 'respond').map((choice) => choice.value)).toEqual(['other/0']);
  });
});

describe('/quote', () => {
  it('quotes the paragraph asked for', async () => {
    const interaction = fakeSlash('quote', { section: 'kim-putin/1', paragraph: 3 });
    expect(await quote.execute(interaction, context)).toEqual({ results: 1 });
    expect(visible(onlyCall(interaction, 'reply').embeds[0]?.description ?? '')).toBe(
      paragraphOf(ARTICLE, 1, 3).text,
    );
  });

  it('gives the valid range for a paragraph number the section does not have', async () => {
    const interaction = fakeSlash('quote', { section: 'kim-putin/1', paragraph: 7 });
    await quote.execute(interaction, context);
    expect(visible(onlyCall(interaction, 'reply').content ?? '')).toContain('من 1 إلى 3');
  });
});

describe('/help', () => {
  it('replies privately with the command guide', async () => {
    const interaction = fakeSlash('help');
    await help.execute(interaction, context);
    expect(onlyCall(interaction, 'reply').flags).toBe(MessageFlags.Ephemeral);
  });
});
