import { describe, expect, it } from 'vitest';
import { LABELS, TEXT } from '../../../src/discord/messages.js';
import { buildParagraphOutOfRangeReply, buildQuoteReply } from '../../../src/discord/replies/quote.js';
import { ARTICLE, makeArticle, paragraphOf, sectionOf } from '../helpers/articles.js';
import { payloadProblems, visible } from '../helpers/discord-rules.js';

describe('buildQuoteReply', () => {
  const section = sectionOf(ARTICLE, 1);
  const paragraph = paragraphOf(ARTICLE, 1, 2);
  const reply = buildQuoteReply(ARTICLE, section, paragraph);
  const embed = reply.embeds[0];

  it('quotes the paragraph verbatim', () => {
    expect(visible(embed?.description ?? '')).toBe(paragraph.text);
  });

  it('adds a ready-to-paste citation: article, section, paragraph and source', () => {
    const citation = embed?.fields?.find((field) => field.name === LABELS.citationField);
    expect(visible(citation?.value ?? '')).toBe(
      `${TEXT.citation(`«${ARTICLE.title}»`, '«العلاقة تاريخيا»', 2)} — ${ARTICLE.source}`,
    );
  });

  it.each([
    ['links the title to a web source', 'https://example.com/kim-putin', 'https://example.com/kim-putin'],
    ['does not link a source that is not a web address', 'javascript:alert(1)', undefined],
    ['does not link a source written as prose', 'وكالة رويترز', undefined],
  ])('%s', (_, source, url) => {
    const article = makeArticle({ source, sections: [['قسم', ['نص.']]] });
    expect(buildQuoteReply(article, sectionOf(article, 0), paragraphOf(article, 0, 1)).embeds[0]?.url).toBe(
      url,
    );
  });

  it('gives a web source as inline code, so it pastes exactly but is not a live link', () => {
    const article = makeArticle({ source: 'https://example.com/a_b', sections: [['قسم', ['نص.']]] });
    const citation = buildQuoteReply(article, sectionOf(article, 0), paragraphOf(article, 0, 1)).embeds[0]
      ?.fields?.[1];
    expect(citation?.value).toContain('`https://example.com/a_b`');
  });

  it('fits every limit with oversized titles, source and paragraph', () => {
    const huge = makeArticle({
      title: 'عنوان '.repeat(500),
      source: 'مصدر '.repeat(500),
      sections: [['قسم_'.repeat(300), ['*نص* '.repeat(5000)]]],
    });
    const oversized = buildQuoteReply(huge, sectionOf(huge, 0), paragraphOf(huge, 0, 1));
    expect(payloadProblems(oversized)).toEqual([]);
  });
});

describe('buildParagraphOutOfRangeReply', () => {
  it('tells only the requester which numbers the section has', () => {
    const reply = buildParagraphOutOfRangeReply(sectionOf(ARTICLE, 1), 9);
    expect(reply.flags).toBeDefined();
    expect(visible(reply.content ?? '')).toBe(TEXT.paragraphOutOfRange(9, '«العلاقة تاريخيا»', 3));
  });
});
