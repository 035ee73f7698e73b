import fc from 'fast-check';

/** fast-check generators of hostile text, shared by the property suites. */

/** Any sequence of UTF-16 code units: lone surrogates, controls and noncharacters included. */
export const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 200,
});

/** Any sequence of code points, astral planes included. */
export const codePoints = fc.string({ unit: 'binary', maxLength: 200 });

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

/** Words of the bundled article, so generated questions also reach the paths that find answers. */
const ARTICLE_WORDS = [
  'كيم',
  'بوتين',
  'التقى',
  'موسكو',
  'بيونغيانغ',
  'شويغو',
  'الأسلحة',
  'روسيا',
  'أوكرانيا',
  '2019',
  'متى',
  'لماذا',
  'كم',
] as const;

/** Markdown, mentions, links and emoji markup a message could carry. */
const MARKUP = [
  '```',
  '`',
  '||',
  '**',
  '*',
  '_',
  '__',
  '~~',
  '\\',
  '[',
  '](',
  ')',
  'https://',
  'discord.gg/',
  '@everyone',
  '@here',
  '<@123>',
  '<@!123>',
  '<@&123>',
  '<#123>',
  '</ask:123>',
  '<:e:123>',
  '<a:e_x:123>',
  '<t:1:R>',
  '<id:home>',
  '# ',
  '> ',
  '-# ',
  '- ',
  '1. ',
  '\n',
  '\r',
] as const;

/**
 * Arabic letters, harakat, tatweel, bidi controls, zero-width and control
 * characters, lone surrogates, emoji, Latin, markup and article words, mixed.
 */
export const hostileMix = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: range(0x0621, 0x064a) },
    { weight: 2, arbitrary: range(0x064b, 0x0652) },
    { weight: 1, arbitrary: fc.constantFrom('\u0640', '\u0670', 'ی', 'ک', 'پ', 'ے', '١', '۲') },
    { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\t', '\u00A0', '؟', '،', '.', '«', '»') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '\u200B',
        '\u200C',
        '\u200D',
        '\u200E',
        '\u200F',
        '\u061C',
        '\u202A',
        '\u202B',
        '\u202C',
        '\u202D',
        '\u202E',
        '\u2066',
        '\u2067',
        '\u2068',
        '\u2069',
        '\uFEFF',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B') },
    { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D') },
    { weight: 1, arbitrary: fc.constantFrom('😀', '🇷🇺', '👨‍👩‍👧', '\u0301', '\u0336', '\uFFFD') },
    { weight: 1, arbitrary: range(0x61, 0x7a) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 3, arbitrary: fc.constantFrom(...ARTICLE_WORDS.map((word) => ` ${word} `)) },
  ),
  maxLength: 120,
});

/** Any of the above: arbitrary code units, arbitrary code points, or the hostile mix. */
export const hostileText = fc.oneof(codeUnits, codePoints, hostileMix);
