import { isolate } from './rtl.js';

/**
 * Every user-facing string the bot writes, in one place, so wording can be
 * reviewed and changed without touching logic. Templates take display-ready
 * fragments: callers escape and isolate article and user text (see
 * `escape.ts`, `rtl.ts`) before passing it in, because only they know
 * whether the target renders markdown.
 *
 * Command and option descriptions are bilingual (Arabic · English): Discord
 * offers no Arabic client locale to localize into, so both languages sit in
 * the one description everybody sees.
 */

const arabicPlural = new Intl.PluralRules('ar');

interface ArabicNoun {
  /** 1: the singular with "one" (فقرة واحدة). */
  readonly one: string;
  /** 2: the dual (فقرتان). */
  readonly two: string;
  /** 3–10: the plural (3 فقرات). */
  readonly few: string;
  /** 11–99: the accusative singular (11 قسماً). */
  readonly many: string;
  /** 0 and 100, 101, 102…: the genitive singular (100 قسم). */
  readonly other: string;
}

const NOUNS = {
  paragraph: { one: 'فقرة واحدة', two: 'فقرتان', few: 'فقرات', many: 'فقرة', other: 'فقرة' },
  section: { one: 'قسم واحد', two: 'قسمان', few: 'أقسام', many: 'قسماً', other: 'قسم' },
  second: { one: 'ثانية واحدة', two: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية', other: 'ثانية' },
} as const satisfies Record<string, ArabicNoun>;

/** A slash command as written in prose; isolated so its leading slash stays on the left of the name in Arabic lines. */
function command(name: string): string {
  return isolate(`/${name}`);
}

/** "n things" with the number agreement Arabic grammar asks for (CLDR plural categories). */
export function countOf(count: number, noun: keyof typeof NOUNS): string {
  const forms: ArabicNoun = NOUNS[noun];
  const category = arabicPlural.select(count);
  if (category === 'one') return forms.one;
  if (category === 'two') return forms.two;
  if (category === 'few') return `${count} ${forms.few}`;
  if (category === 'many') return `${count} ${forms.many}`;
  return `${count} ${forms.other}`;
}

export const DESCRIPTIONS = {
  ask: 'اسأل المقال فيجيبك بكلماته · Ask the article a question',
  askQuestion: 'سؤالك، أو اختر مقطعاً من الاقتراحات · Your question, or pick a passage',
  askHide: 'اجعل الرد مرئياً لك وحدك · Only you see the reply',
  askMention: 'وجّه الإجابة إلى عضو (الإشارة الوحيدة) · Direct the answer to a member',
  search: 'ابحث عن المقاطع المطابقة في المقال · Search the article',
  searchQuery: 'كلمات البحث · Words to search for',
  searchLimit: 'عدد النتائج من 1 إلى 10 · Number of results (1-10)',
  sections: 'فهرس أقسام المقال · Table of contents',
  section: 'اعرض قسماً كاملاً · Show a whole section',
  sectionName: 'اسم القسم أو رقمه · Section name or number',
  quote: 'اقتبس فقرة بنصها مع سطر توثيق · Quote a paragraph verbatim',
  quoteSection: 'القسم · Section',
  quoteParagraph: 'رقم الفقرة في القسم · Paragraph number in the section',
  help: 'شرح الأوامر مع أمثلة · What each command does',
  article: 'المقال المقصود · Which article',
} as const;

export const LABELS = {
  next: 'التالي',
  previous: 'السابق',
  fullParagraph: 'الفقرة كاملة',
  excerpt: 'المقتطف',
  untitledSection: 'بلا عنوان',
  paragraphField: 'الفقرة',
  rankField: 'الترتيب',
  citationField: 'للاقتباس',
  sectionField: 'القسم',
  exampleLabel: 'مثال',
} as const;

export const TEXT = {
  question: (question: string) => `السؤال: ${question}`,
  paragraphNumber: (number: number, total: number) => `${number} من ${total}`,
  rank: (rank: number, total: number) => `${rank} من ${total}`,
  mentionLead: (mention: string) => `${mention} إليك ما يقوله المقال:`,
  hiddenMentionDropped: 'الرد المخفي لا يراه غيرك، لذلك لم أُشِر إلى أحد.',
  passageMissing: 'لم أعد أجد هذا المقطع، فربما تغيّر المقال. اكتب سؤالك من جديد.',

  noAnswerTitle: 'لا جواب في المقال',
  noAnswer: (question: string) =>
    `لم أجد في المقال ما يجيب عن ${question}.\nجرّب ${command('search')} للبحث عن كلمات بعينها، أو ${command('sections')} لتصفّح أقسام المقال.`,

  searchTitle: (query: string) => `نتائج البحث عن ${query}`,
  searchEmpty: (query: string) =>
    `لم أجد مقاطع تطابق ${query}.\nجرّب كلمات أخرى، أو ${command('sections')} لتصفّح أقسام المقال.`,
  searchHit: (sectionTitle: string, paragraph: number) => `${sectionTitle} · الفقرة ${paragraph}`,

  tocSummary: (sections: number, paragraphs: number) =>
    `${countOf(sections, 'section')}، ${countOf(paragraphs, 'paragraph')}`,
  tocLine: (number: number, title: string, paragraphs: number) =>
    `**${number}.** ${title} — ${countOf(paragraphs, 'paragraph')}`,
  tocMore: (hidden: number) => `… و${countOf(hidden, 'section')} أخرى`,
  tocMoreArticles: `مقالات أخرى لم تتسع لها الرسالة: اختر مقالاً بالخيار ${isolate('article')}.`,

  sectionHeading: (number: number, title: string) => `القسم ${number}: ${title}`,
  page: (page: number, pages: number) => `صفحة ${page} من ${pages}`,
  emptySection: 'هذا القسم بلا فقرات.',
  unknownSection: (name: string) =>
    `لا يوجد قسم باسم ${name}. اختر من الاقتراحات، أو اعرض الأقسام بالأمر ${command('sections')}.`,
  paragraphOutOfRange: (paragraph: number, section: string, total: number) =>
    total === 1
      ? `لا توجد الفقرة ${paragraph} في قسم ${section}: فيه فقرة واحدة فقط، رقمها 1.`
      : `لا توجد الفقرة ${paragraph} في قسم ${section}: أرقام فقراته من 1 إلى ${total}.`,
  citation: (article: string, section: string, paragraph: number) =>
    `${article}، قسم ${section}، الفقرة ${paragraph}`,
  unknownArticle: (name: string) => `لا أعرف مقالاً باسم ${name}. اختر من الاقتراحات.`,

  emptyTargetMessage: 'هذه الرسالة لا تحتوي نصاً أسأل عنه المقال.',

  staleAnswer: `هذه الإجابة قديمة: تغيّر المقال منذ كتابتها. اسأل من جديد بالأمر ${command('ask')}.`,
  staleSection: `هذه الصفحة قديمة: تغيّر المقال منذ عرضها. اعرض القسم من جديد بالأمر ${command('section')}.`,
  unknownButton: 'هذا الزر لم يعد يعمل. استخدم الأمر من جديد.',
  unknownCommand: `لا أعرف هذا الأمر، فربما تغيّرت أوامر البوت. جرّب ${command('help')}.`,
  unexpectedError: 'حدث خطأ غير متوقع أثناء تنفيذ الأمر. حاول مرة أخرى بعد قليل.',
  restarting: 'البوت يُعاد تشغيله الآن. أعد المحاولة بعد لحظات.',
  cooldown: (seconds: number) =>
    `تمهّل قليلاً: يمكنك استخدام هذا الأمر مجدداً بعد ${countOf(seconds, 'second')}.`,
} as const;

/** The message context-menu command; Discord has no Arabic locale, so this English name is what everybody sees. */
export const CONTEXT_MENU_NAME = 'Ask the article';

export interface HelpEntry {
  readonly usage: string;
  readonly arabic: string;
  readonly english: string;
  /** Display-ready; empty when the usage line says it all. */
  readonly example: string;
}

/** `section` is a display-ready section title from the loaded article, so examples work as typed. */
export const HELP = {
  title: 'أوامر اقتباس · iqtibas commands',
  intro: {
    arabic: 'أجيب عن أسئلتك بكلمات المقال نفسه، دون تأليف أو تلخيص.',
    english: 'I answer with the article’s own words, never paraphrased.',
  },
  articleOption: {
    arabic: `مع أكثر من مقال، يقبل كل أمر الخيار ${isolate('article')} لاختيار المقال.`,
    english: 'With several articles loaded, every command takes an article option.',
  },
  entries: (section: string): readonly HelpEntry[] => [
    {
      usage: '/ask question [hide] [mention]',
      arabic: 'يجيب بأنسب مقطع من المقال، وبأزرار تنتقل بين الإجابات وتعرض الفقرة كاملة.',
      english:
        'Answers with the best passage; buttons page through other matches and show the whole paragraph.',
      example: isolate(`/ask question: ماذا يقول المقال عن ${section}؟`),
    },
    {
      usage: '/search query [limit]',
      arabic: 'قائمة مرتبة بالمقاطع المطابقة لكلماتك.',
      english: 'A ranked list of the passages matching your words.',
      example: isolate(`/search query: ${section} limit: 5`),
    },
    {
      usage: '/sections',
      arabic: 'فهرس أقسام المقال وعدد فقرات كل قسم.',
      english: 'The table of contents, with paragraph counts.',
      example: isolate('/sections'),
    },
    {
      usage: '/section name',
      arabic: 'يعرض قسماً كاملاً، صفحةً بعد صفحة.',
      english: 'Shows a whole section, page by page.',
      example: isolate(`/section name: ${section}`),
    },
    {
      usage: '/quote section paragraph',
      arabic: 'يقتبس فقرة بنصها مع سطر توثيق جاهز للنسخ.',
      english: 'Quotes one paragraph verbatim with a ready-to-paste citation.',
      example: isolate(`/quote section: ${section} paragraph: 1`),
    },
    {
      usage: `Apps › ${CONTEXT_MENU_NAME}`,
      arabic: 'انقر رسالةً بالزر الأيمن (أو اضغط عليها مطوّلاً) ثم اختر هذا الأمر ليكون نصها هو السؤال.',
      english: 'Right-click (or long-press) a message to ask the article with its text.',
      example: '',
    },
    {
      usage: '/help',
      arabic: 'هذه الصفحة.',
      english: 'This page.',
      example: '',
    },
  ],
} as const;
