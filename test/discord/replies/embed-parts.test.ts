import { describe, expect, it } from 'vitest';
import { sourceUrl } from '../../../src/discord/replies/embed-parts.js';
import { ARTICLE } from '../helpers/articles.js';

describe('the source link of an embed', () => {
  it.each([
    ['a web address, as written', 'https://www.reuters.com/world/', 'https://www.reuters.com/world/'],
    ['a loosely written one, in the form Discord accepts', 'http:example.com', 'http://example.com/'],
    ['a name, not an address', 'رويترز', undefined],
    ['another scheme', 'javascript:alert(1)', undefined],
    ['an address longer than Discord allows', `https://example.com/${'a'.repeat(2_100)}`, undefined],
  ])('links %s', (_, source, expected) => {
    expect(sourceUrl({ ...ARTICLE, source })).toBe(expected);
  });

  it('links nothing when the article names no source', () => {
    const { source: _none, ...withoutSource } = ARTICLE;
    expect(sourceUrl(withoutSource)).toBeUndefined();
  });
});
