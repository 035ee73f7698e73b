import { describe, expect, it } from 'vitest';
import { liveMarkup, unsafeCharacters } from './discord-markup.js';

/** The checker the hostile suites rely on: it must see live markup, or those suites prove nothing. */

describe('liveMarkup', () => {
  it.each([
    ['@everyone', 'a mass mention'],
    ['hi @here', 'a mass mention'],
    ['<@123>', 'a user, role or channel mention'],
    ['<@!123>', 'a user, role or channel mention'],
    ['<@&123>', 'a user, role or channel mention'],
    ['<#123>', 'a user, role or channel mention'],
    ['</ask:123>', 'a slash-command mention'],
    ['<a:x:123>', 'a custom emoji'],
    ['<t:1700000000:R>', 'a timestamp'],
    ['<id:customize>', 'a guild navigation link'],
    ['1https://evil.test', 'a link'],
    ['discord.gg/xyz', 'an invite'],
    ['[a](b)', 'a masked link'],
    ['`x`', 'code'],
    ['||x||', 'a spoiler'],
    ['~~x~~', 'strikethrough'],
    ['_x_', 'emphasis'],
    ['\\\\*x*', 'emphasis'],
    ['\u200F\u2067# x', 'a heading'],
    ['a\n-# x', 'subtext'],
    ['  > x', 'a block quote'],
    ['- x', 'a bulleted list'],
    ['3. x', 'a numbered list'],
  ])('finds %j live (%s)', (text, what) => {
    expect(liveMarkup(text).map((problem) => problem.split(':')[0])).toContain(what);
  });

  it.each([
    'قال مسؤول أمريكي (عام 2019) في فلاديفوستوك.',
    '\\@everyone \\<@123> \\<a:x:1>',
    'https:\u200B//evil.test discord\u200B.gg/xyz',
    '\\[a\\](b) \\`x\\` \\|\\|x\\|\\| \\~\\~x\\~\\~ \\_x\\_ \\*x\\*',
    '\\# x\n\\-# x\n\\> x\n\\- x\n3\\. x',
    '‏⁧**3.** العلاقة تاريخيا⁩',
  ])('finds nothing live in %j', (text) => {
    expect(liveMarkup(text)).toEqual([]);
  });
});

describe('unsafeCharacters', () => {
  it.each([
    ['\u0000', 'a control character'],
    ['\u009B', 'a control character'],
    ['\r', 'a control character'],
    ['\uD800', 'a lone surrogate'],
    ['\uDC00\uD800', 'a lone surrogate'],
    ['\u202E', 'a bidi embedding or override'],
  ])('finds %j', (text, what) => {
    expect(unsafeCharacters(text)).toContain(what);
  });

  it('accepts tabs, newlines, emoji, marks and isolates', () => {
    expect(unsafeCharacters('a\tb\nc 😀 \u200F\u2067كيم\u2069')).toEqual([]);
  });
});
