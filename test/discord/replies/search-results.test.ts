import { describe, expect, it } from 'vitest';
import { TEXT } from '../../../src/discord/messages.js';
import { buildSearchReply } from '../../../src/discord/replies/search-results.js';
import { ARTICLE, answerFor, makeArticle } from '../helpers/articles.js';
import { payloadProblems, textsOf, unbalancedIsolates, visible } from '../helpers/discord-rules.js';

describe('buildSearchReply', () => {
  it('lists each hit with its rank, section, paragraph number and a one-line excerpt', () => {
    const reply = buildSearchReply('بوتين', [answerFor(ARTICLE, 1, 2), answerFor(ARTICLE, 0, 1)]);
    const lines = visible(reply.embeds[0]?.description ?? '').split('\n');
    expect(lines).toEqual([
      `**1.** ${TEXT.searchHit('العلاقة تاريخيا', 2)}`,
      'التقى بوتين عام 2019 بكيم في فلاديفوستوك (Vladivostok) لأول مرة.',
      '',
      `**2.** ${TEXT.searchHit('مقدمة', 1)}`,
      'قال مسؤول أمريكي إن كيم جونغ-أون قد يجتمع قريبا ببوتين. ويناقش الطرفان صفقات أسلحة محتملة.',
    ]);
    expect(visible(reply.embeds[0]?.title ?? '')).toBe(TEXT.searchTitle('«بوتين»'));
    expect(visible(reply.embeds[0]?.footer?.text ?? '')).toContain(ARTICLE.title);
  });

  it('names the article of each hit when they come from several', () => {
    const other = makeArticle({ slug: 'other', title: 'مقال آخر', sections: [['قسم', ['نص.']]] });
    const reply = buildSearchReply('نص', [answerFor(ARTICLE, 0, 1), answerFor(other, 0, 1)]);
    const description = visible(reply.embeds[0]?.description ?? '');
    expect(description).toContain(`مقال آخر · ${TEXT.searchHit('قسم', 1)}`);
    expect(reply.embeds[0]?.footer).toBeUndefined();
  });

  it('says plainly when nothing matched', () => {
    const reply = buildSearchReply('معكرونة', []);
    expect(reply.embeds).toEqual([]);
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.searchEmpty('«معكرونة»')));
  });

  it('cuts a long excerpt to one line, at a word', () => {
    const long = answerFor(makeArticle({ sections: [['قسم', ['كلمة '.repeat(100)]]] }), 0, 1);
    const [, excerpt] = visible(buildSearchReply('كلمة', [long]).embeds[0]?.description ?? '').split('\n');
    expect(excerpt).toMatch(/^(كلمة )+كلمة…$/);
    expect(excerpt?.length).toBeLessThanOrEqual(160);
  });

  it('fits ten hits of oversized, hostile text in one embed', () => {
    const article = makeArticle({
      sections: Array.from({ length: 10 }, (_, index) => [
        `\`\`\`قسم ${index} ${'طويل '.repeat(100)}`,
        [`@everyone ${'**نص** '.repeat(3000)}`],
      ]),
    });
    const answers = Array.from({ length: 10 }, (_, index) => answerFor(article, index, 1));
    const reply = buildSearchReply('x'.repeat(300), answers);
    expect(payloadProblems(reply)).toEqual([]);
    for (const text of textsOf(reply)) expect(unbalancedIsolates(text)).toEqual([]);
    expect(reply.embeds[0]?.description).not.toContain('```');
  });
});
