import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, plainText, printable } from '../../src/discord/escape.js';
import { rendered } from './helpers/discord-rules.js';

describe('escapeText', () => {
  it('leaves plain Arabic prose exactly as written', () => {
    const prose = 'قال مسؤول أمريكي، إن كيم جونغ-أون قد يجتمع قريبا ببوتين (عام 2019) في فلاديفوستوك.';
    expect(escapeText(prose)).toBe(prose);
  });

  it.each([
    ['bold', '**مهم**', '\\*\\*مهم\\*\\*'],
    ['italic', '_مائل_', '\\_مائل\\_'],
    ['strikethrough', '~~خطأ~~', '\\~\\~خطأ\\~\\~'],
    ['spoiler', '||سر||', '\\|\\|سر\\|\\|'],
    ['inline code', '`كود`', '\\`كود\\`'],
    ['a code block', '```js\nalert(1)\n```', '\\`\\`\\`js\nalert(1)\n\\`\\`\\`'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each([
    ['a heading', '# عنوان', '\\# عنوان'],
    ['a block quote', '> اقتباس', '\\> اقتباس'],
    ['subtext', '-# صغير', '\\-# صغير'],
    ['a bulleted list', '- بند', '\\- بند'],
    ['a numbered list', '1. بند', '1\\. بند'],
  ])('escapes %s at the start of a line', (_, input, expected) => {
    expect(escapeText(`سطر\n${input}`)).toBe(`سطر\n${expected}`);
  });

  it.each([
    ['a heading', '   ## عنوان', '   \\## عنوان'],
    ['a block quote', '\t>>> اقتباس', '\t\\>>> اقتباس'],
    ['a bulleted list', '    * بند', '    \\* بند'],
    ['a numbered list', '  12. بند', '  12\\. بند'],
    ['a bulleted list led by a right-to-left mark', '\u200F- بند', '\u200F\\- بند'],
    ['a heading led by an Arabic letter mark and a space', '\u061C # عنوان', '\u061C \\# عنوان'],
    ['a numbered list led by a left-to-right mark', '\u200E3. بند', '\u200E3\\. بند'],
  ])('escapes %s however it is indented', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each([
    ['a user mention', '<@123456789012345678>'],
    ['a nickname mention', '<@!123456789012345678>'],
    ['a role mention', '<@&123456789012345678>'],
    ['a channel', '<#123456789012345678>'],
    ['a custom emoji', '<:kim:123456789012345678>'],
    ['an animated emoji', '<a:kim:123456789012345678>'],
    ['a timestamp', '<t:1700000000:R>'],
    ['a slash command', '</ask:123456789012345678>'],
  ])('shows %s as text instead of rendering it', (_, token) => {
    const escaped = escapeText(`انظر ${token} هنا`);
    expect(escaped).toContain(`\\${token}`);
  });

  it.each(['@everyone', '@here', '@Everyone'])('neutralizes %s', (mention) => {
    expect(escapeText(`تنبيه ${mention}`)).toBe(`تنبيه \\${mention}`);
  });

  it('breaks URLs so they are neither clickable nor embedded, keeping them readable', () => {
    const escaped = escapeText('المصدر https://example.com/a_b_c?x=1 و http://evil.test');
    expect(escaped).not.toMatch(/https?:\/\//);
    expect(rendered(escaped)).toBe('المصدر https://example.com/a_b_c?x=1 و http://evil.test');
  });

  it('escapes a masked link', () => {
    expect(escapeText('[اضغط](https://evil.test)')).not.toMatch(/^\[/);
  });

  it.each([
    ['glued to a word', '1https://evil.test', '1https:\u200B//evil.test'],
    ['glued to Arabic', 'كيمhttp://evil.test', 'كيمhttp:\u200B//evil.test'],
    ['an invite without a scheme', 'discord.gg/xyz', 'discord\u200B.gg/xyz'],
    ['an invite on discord.com', 'Discord.com/invite/xyz', 'Discord\u200B.com/invite/xyz'],
    ['an invite on discordapp.com', 'discordapp.com/invite/xyz', 'discordapp\u200B.com/invite/xyz'],
  ])('breaks a link %s', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
    expect(rendered(escapeText(input))).toBe(input);
  });

  it('escapes every emphasis mark, even after custom emoji markup (which escapeMarkdown skips)', () => {
    expect(escapeText('<a:x_y:1> _مائل_ *غامق*')).toBe('\\<a:x\\_y:1> \\_مائل\\_ \\*غامق\\*');
  });

  it('escapes a backslash the user typed, so it cannot cancel ours', () => {
    expect(escapeText('\\<@123> \\@everyone \\*')).toBe('\\\\\\<@123> \\\\\\@everyone \\\\\\*');
  });

  it('escapes a lone spoiler bar and backtick, which could pair with later ones', () => {
    expect(escapeText('|` سر')).toBe('\\|\\` سر');
  });

  it('removes bidi overrides and isolates a user could use to reorder our text', () => {
    expect(escapeText('a\u202Eb\u2066c\u2069d\u200F')).toBe('abcd\u200F');
  });

  it('loses no visible character: rendered, the escaped text reads as the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const original = text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\\]/g, '');
        expect(rendered(escapeText(original))).toBe(original);
      }),
    );
  });
});

describe('printable', () => {
  it('drops control characters but keeps tabs and newlines, and turns carriage returns into newlines', () => {
    expect(printable('a\u0000b\u0007c\u001B[31md\u007F\u0085e\tf\r\ng\rh\ni')).toBe('abc[31mde\tf\ng\nh\ni');
  });

  it('replaces lone surrogates, which no UTF-8 can carry, and keeps pairs', () => {
    expect(printable('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });

  it('keeps every printable character as written', () => {
    // Printable graphemes: no control characters, surrogates only in pairs.
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(printable(text)).toBe(text);
      }),
    );
  });
});

describe('plainText', () => {
  it('keeps markdown characters, which plain-text places show as they are', () => {
    expect(plainText('**كيم** @everyone')).toBe('**كيم** @everyone');
  });

  it('removes bidi controls', () => {
    expect(plainText('كيم\u202E')).toBe('كيم');
  });

  it('removes control characters and replaces lone surrogates', () => {
    expect(plainText('كيم\u0000\uD800')).toBe('كيم\uFFFD');
  });
});
