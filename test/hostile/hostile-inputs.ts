/**
 * Hostile and odd input (issue 5): one named catalogue, shared by the engine,
 * CLI and command suites (and any load test), each text with the exact
 * outcome the engine must give for it over the bundled article
 * (`data/articles`). A real question wrapped in noise must still find its
 * paragraph; noise alone must find nothing. Invisible characters are written
 * as escapes so the catalogue can be read and reviewed.
 */

/** What `engine.ask(text)` must return with its default threshold. */
export type HostileOutcome =
  | { readonly kind: 'no-result' }
  /** The best answer is the paragraph containing `passage` (verbatim article text). */
  | { readonly kind: 'answers'; readonly passage: string };

export interface HostileInput {
  readonly name: string;
  readonly text: string;
  readonly expect: HostileOutcome;
}

const NO_RESULT: HostileOutcome = { kind: 'no-result' };

/** A question from the development set, and words of the paragraph that answers it. */
export const SEED_QUESTION = 'متى التقى كيم وبوتين لأول مرة؟';
const FIRST_MEETING: HostileOutcome = { kind: 'answers', passage: 'حتى التقى بوتين عام 2019 للمرة الأولى' };

/** A second question, about another section, so a wrong but sticky answer cannot pass both. */
const SHOIGU_QUESTION = 'ماذا زار شويغو في بيونغيانغ؟';
const SHOIGU_VISIT: HostileOutcome = { kind: 'answers', passage: 'قام شويغو بجولة في معرض الأسلحة' };

const SNOWFLAKE = '123456789012345678';

/** `text` repeated, then cut, to exactly `length` UTF-16 code units. */
export function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** Latin combining marks a "Zalgo" generator stacks above, through and below letters. */
const STACKED_MARKS = '\u0300\u0301\u0302\u0303\u0336\u0338\u0317\u0320\u0324\u035C\u0361\u1DC4\u20D2\uFE20';

/** Every letter of `text` buried under `depth` combining marks. */
export function zalgo(text: string, depth: number): string {
  let marks = '';
  for (let i = 0; i < depth; i += 1) marks += STACKED_MARKS[i % STACKED_MARKS.length];
  return [...text].map((char) => (/\p{L}/u.test(char) ? char + marks : char)).join('');
}

/** `text` with `insert` between every two characters (code points). */
function interleave(text: string, insert: string): string {
  return [...text].join(insert);
}

const emptyAndBlank: HostileInput[] = [
  { name: 'empty string', text: '', expect: NO_RESULT },
  { name: 'spaces only', text: '     ', expect: NO_RESULT },
  { name: 'tabs, newlines and carriage returns only', text: '\t\n\r\n \t\r', expect: NO_RESULT },
  {
    name: 'exotic spaces only (NBSP, em, ideographic, line and paragraph separators)',
    text: '\u00A0\u2003\u3000\u2028\u2029\u205F',
    expect: NO_RESULT,
  },
  { name: 'zero-width characters only', text: '\u200B\u200C\u200D\u2060\uFEFF', expect: NO_RESULT },
];

const longInput: HostileInput[] = [
  {
    name: '300+ characters: the question asked eleven times',
    text: `${SEED_QUESTION} `.repeat(11),
    expect: FIRST_MEETING,
  },
  {
    name: '300+ characters of off-topic prose',
    text: 'وصفة المعكرونة بالصلصة الحمراء تحتاج إلى طماطم طازجة وثوم وزيت زيتون وريحان، ثم تطهى الصلصة على نار هادئة لمدة عشرين دقيقة قبل أن تضاف إليها المعكرونة المسلوقة. '.repeat(
      2,
    ),
    expect: NO_RESULT,
  },
  {
    name: '10,000 characters: the question, then padding',
    text: SEED_QUESTION + ' '.repeat(10_000 - SEED_QUESTION.length),
    expect: FIRST_MEETING,
  },
  {
    name: '10,000 characters: the question over and over',
    text: repeatTo(`${SEED_QUESTION} `, 10_000),
    expect: FIRST_MEETING,
  },
  { name: '10,000 characters of stop words', text: repeatTo('من في على إلى عن ', 10_000), expect: NO_RESULT },
  {
    name: '10,000 characters of Latin filler',
    text: repeatTo('lorem ipsum dolor sit amet ', 10_000),
    expect: NO_RESULT,
  },
  { name: '10,000 newlines', text: '\n'.repeat(10_000), expect: NO_RESULT },
];

const punctuationDigitsEmoji: HostileInput[] = [
  { name: 'Arabic punctuation only', text: '؟؟؟ ،،، ؛؛ «» …', expect: NO_RESULT },
  { name: 'ASCII punctuation only', text: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', expect: NO_RESULT },
  { name: 'brackets and quotes only', text: '((([[[{{{«»}}}]]])))""\'\'‘’“”', expect: NO_RESULT },
  { name: 'ASCII digits only', text: '0000000000 1234567890', expect: NO_RESULT },
  { name: 'Arabic-Indic digits only', text: '١٢٣٤٥٦٧٨٩٠ ۱۲۳', expect: NO_RESULT },
  { name: '10,000 digits', text: repeatTo('9', 10_000), expect: NO_RESULT },
  { name: 'emoji only', text: '😀😂🔥💯🙏', expect: NO_RESULT },
  { name: 'flag, skin-tone and ZWJ-sequence emoji only', text: '🇸🇦🇷🇺 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈', expect: NO_RESULT },
  { name: 'keycap emoji only', text: '#️⃣ *️⃣ 0️⃣', expect: NO_RESULT },
  { name: '10,000 characters of emoji', text: repeatTo('🔥', 10_000), expect: NO_RESULT },
  { name: 'the question wrapped in emoji', text: `🔥🔥 ${SEED_QUESTION} 🤔👀`, expect: FIRST_MEETING },
];

const longTokens: HostileInput[] = [
  { name: 'a single 5,000-letter Arabic token', text: 'ب'.repeat(5_000), expect: NO_RESULT },
  { name: 'a single 5,000-letter Latin token', text: 'a'.repeat(5_000), expect: NO_RESULT },
  {
    name: 'a single 5,000-letter token of article names run together',
    text: 'بوتين'.repeat(1_000),
    expect: NO_RESULT,
  },
  {
    name: 'a single 5,000-letter token of varied letters',
    text: Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(0x0628 + ((i * 7) % 20))).join(''),
    expect: NO_RESULT,
  },
  {
    name: 'the question followed by a 5,000-letter token',
    text: `${SEED_QUESTION} ${'ك'.repeat(5_000)}`,
    expect: FIRST_MEETING,
  },
];

const combiningMarks: HostileInput[] = [
  {
    name: 'Zalgo: the question buried under stacked combining marks',
    text: zalgo(SEED_QUESTION, 12),
    expect: FIRST_MEETING,
  },
  { name: 'Zalgo: a Latin word buried under marks', text: zalgo('zalgo', 20), expect: NO_RESULT },
  { name: 'one letter under 5,000 combining marks', text: zalgo('ك', 5_000), expect: NO_RESULT },
  { name: 'combining marks with no letter to sit on', text: STACKED_MARKS.repeat(50), expect: NO_RESULT },
  {
    name: 'the question with every haraka doubled and tripled',
    text: interleave(SEED_QUESTION, '\u064E\u0651\u0652'),
    expect: FIRST_MEETING,
  },
  {
    name: 'the question stretched with tatweel',
    text: SEED_QUESTION.replace(/(\p{L})/gu, '$1\u0640\u0640'),
    expect: FIRST_MEETING,
  },
];

const invisibleAndControl: HostileInput[] = [
  {
    name: 'the question inside a right-to-left override',
    text: `\u202E${SEED_QUESTION}\u202C`,
    expect: FIRST_MEETING,
  },
  {
    name: 'a left-to-right override around the question',
    text: `\u202D${SEED_QUESTION}\u202C`,
    expect: FIRST_MEETING,
  },
  {
    name: 'isolates, embeddings and marks between every letter',
    text: interleave(SHOIGU_QUESTION, '\u2066\u2067\u2068\u2069\u202A\u202B\u200E\u200F\u061C'),
    expect: SHOIGU_VISIT,
  },
  {
    name: 'unbalanced isolates and overrides alone',
    text: '\u2069\u2069\u202E\u2067\u202D',
    expect: NO_RESULT,
  },
  {
    name: 'zero-width joiners and non-joiners inside words',
    text: interleave(SEED_QUESTION, '\u200D\u200C'),
    expect: FIRST_MEETING,
  },
  {
    name: 'word joiners, BOM and soft hyphens inside words',
    text: interleave(SHOIGU_QUESTION, '\u2060\uFEFF\u00AD'),
    expect: SHOIGU_VISIT,
  },
  { name: 'NUL between the words', text: SEED_QUESTION.replaceAll(' ', '\u0000'), expect: FIRST_MEETING },
  { name: 'NUL characters only', text: '\u0000'.repeat(64), expect: NO_RESULT },
  {
    name: 'C0 and C1 control characters around the question',
    text: `\u0001\u0007\u0008\u001B[31m${SEED_QUESTION}\u001B[0m\u007F\u0085\u009B`,
    expect: FIRST_MEETING,
  },
  {
    name: 'every C0 and C1 control character only',
    text: String.fromCharCode(...Array.from({ length: 0x20 }, (_, i) => [i, 0x80 + i]).flat(), 0x7f),
    expect: NO_RESULT,
  },
  { name: 'a lone high surrogate', text: '\uD800', expect: NO_RESULT },
  { name: 'lone and reversed surrogates only', text: '\uDC00\uD83D \uDFFF\uDBFF\uD800', expect: NO_RESULT },
  {
    name: 'lone surrogates between the words of the question',
    text: SEED_QUESTION.replaceAll(' ', ' \uD83D \uDE00 '),
    expect: FIRST_MEETING,
  },
  {
    name: 'noncharacters and private-use characters only',
    text: '\uFFFE\uFFFF\uFDD0\uE000\uF8FF',
    expect: NO_RESULT,
  },
  { name: 'the replacement character only', text: '\uFFFD'.repeat(20), expect: NO_RESULT },
];

const mixedScripts: HostileInput[] = [
  {
    name: 'Latin words around the question',
    text: `Hello bot, ${SEED_QUESTION} thanks!!`,
    expect: FIRST_MEETING,
  },
  { name: 'a question in English only', text: 'When did Kim and Putin first meet?', expect: NO_RESULT },
  {
    name: 'Persian letter shapes in the question',
    text: 'متی التقی کیم وپوتین لأول مرة؟',
    expect: FIRST_MEETING,
  },
  { name: 'Urdu letter shapes in the question', text: 'ماذا زار شویغو فی بیونغیانغ؟', expect: SHOIGU_VISIT },
  { name: 'a sentence in Persian', text: 'امروز هوا خیلی خوب است و ما به پارک رفتیم', expect: NO_RESULT },
  { name: 'a sentence in Urdu', text: 'آج موسم بہت اچھا ہے اور ہم باغ میں گئے', expect: NO_RESULT },
  { name: 'Cyrillic, Hebrew, CJK and Devanagari', text: 'Путин 金正恩 שלום नमस्ते', expect: NO_RESULT },
  { name: 'mathematical alphanumerics and fullwidth Latin', text: '𝐊𝐢𝐦 𝓟𝓾𝓽𝓲𝓷 ＫＩＭ', expect: NO_RESULT },
];

const markdown: HostileInput[] = [
  { name: 'a code block', text: '```js\nalert(document.cookie)\n```', expect: NO_RESULT },
  {
    name: 'the question inside a code block',
    text: `\`\`\`\n${SEED_QUESTION}\n\`\`\``,
    expect: FIRST_MEETING,
  },
  {
    name: 'an unbalanced code fence before the question',
    text: `\`\`\`${SEED_QUESTION}`,
    expect: FIRST_MEETING,
  },
  { name: 'inline code', text: '`rm -rf /`', expect: NO_RESULT },
  { name: 'the question as a spoiler', text: `||${SEED_QUESTION}||`, expect: FIRST_MEETING },
  { name: 'an unbalanced spoiler', text: '||||||| سر', expect: NO_RESULT },
  {
    name: 'bold, italic, underline and strikethrough around the question',
    text: `***__~~${SEED_QUESTION}~~__***`,
    expect: FIRST_MEETING,
  },
  { name: 'the question as a heading', text: `# ${SEED_QUESTION}`, expect: FIRST_MEETING },
  { name: 'the question as a block quote', text: `>>> ${SEED_QUESTION}`, expect: FIRST_MEETING },
  { name: 'the question as subtext', text: `-# ${SEED_QUESTION}`, expect: FIRST_MEETING },
  {
    name: 'list markers and headings on every line',
    text: '# a\n## b\n- c\n1. d\n> e\n-# f',
    expect: NO_RESULT,
  },
  { name: 'a masked link', text: '[اضغط هنا](https://evil.example/steal)', expect: NO_RESULT },
  {
    name: 'the question as a masked link',
    text: `[${SEED_QUESTION}](https://evil.example/x)`,
    expect: FIRST_MEETING,
  },
  {
    name: 'a masked link hiding its address',
    text: '[https://discord.com](<https://evil.example/>)',
    expect: NO_RESULT,
  },
  { name: 'backslashes and escaped markdown', text: '\\*\\_\\|\\|\\`\\\\', expect: NO_RESULT },
];

const mentions: HostileInput[] = [
  { name: '@everyone', text: '@everyone', expect: NO_RESULT },
  { name: '@here', text: '@here', expect: NO_RESULT },
  { name: 'a user mention', text: `<@${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a nickname mention', text: `<@!${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a role mention', text: `<@&${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a channel mention', text: `<#${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a slash-command mention', text: `</ask:${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a custom emoji', text: `<:kim:${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'an animated custom emoji', text: `<a:putin_dance:${SNOWFLAKE}>`, expect: NO_RESULT },
  { name: 'a timestamp', text: '<t:1700000000:R>', expect: NO_RESULT },
  { name: 'a guild navigation link', text: '<id:customize>', expect: NO_RESULT },
  { name: 'escaped mention markup', text: `\\<@${SNOWFLAKE}> \\@everyone`, expect: NO_RESULT },
  {
    name: 'mentions around the question',
    text: `@everyone <@&${SNOWFLAKE}> ${SEED_QUESTION} @here <@${SNOWFLAKE}>`,
    expect: FIRST_MEETING,
  },
  {
    name: 'custom emoji around the question',
    text: `<:kim:${SNOWFLAKE}> ${SEED_QUESTION} <a:x:${SNOWFLAKE}>`,
    expect: FIRST_MEETING,
  },
];

const links: HostileInput[] = [
  { name: 'an https URL', text: 'https://evil.example/path_with_underscores?q=1&x=*y*', expect: NO_RESULT },
  { name: 'a Discord invite with scheme', text: 'https://discord.gg/abcdef', expect: NO_RESULT },
  { name: 'a Discord invite without scheme', text: 'discord.gg/xyz', expect: NO_RESULT },
  { name: 'an invite on discord.com', text: 'discord.com/invite/xyz', expect: NO_RESULT },
  { name: 'a URL in angle brackets', text: '<https://evil.example>', expect: NO_RESULT },
  { name: 'other schemes', text: 'javascript:alert(1) steam://run/1 ftp://x.example', expect: NO_RESULT },
  {
    name: 'a URL glued to Arabic and digits',
    text: 'كيمhttps://evil.example 1https://evil.example',
    expect: NO_RESULT,
  },
  {
    name: 'URLs around the question',
    text: `https://evil.example ${SEED_QUESTION} discord.gg/xyz`,
    expect: FIRST_MEETING,
  },
];

const stopWords: HostileInput[] = [
  {
    name: 'Modern Standard Arabic stop words only',
    text: 'ما هو الذي في على من إلى عن هذا',
    expect: NO_RESULT,
  },
  { name: 'question words only', text: 'متى أين كيف لماذا ماذا من هل كم', expect: NO_RESULT },
  { name: 'dialect fillers only', text: 'شلون وش ليش إمتى فين ايش يعني', expect: NO_RESULT },
  { name: 'stop words with diacritics and tatweel', text: 'مَـا هُـوَ الَّذِي فِـي', expect: NO_RESULT },
];

/** Every hostile case, grouped by the items of issue 5. */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  ...emptyAndBlank,
  ...longInput,
  ...punctuationDigitsEmoji,
  ...longTokens,
  ...combiningMarks,
  ...invisibleAndControl,
  ...mixedScripts,
  ...markdown,
  ...mentions,
  ...links,
  ...stopWords,
];
