import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { createSearchEngine, DEFAULT_MIN_CONFIDENCE } from '../../src/search/engine.js';
import { MAX_EXCERPT_LENGTH } from '../../src/search/excerpt.js';
import type { SearchEngine } from '../../src/search/types.js';
import { makeArticle } from '../support/articles.js';

let seed: Article[];
let engine: SearchEngine;

beforeAll(async () => {
  seed = await loadArticles('data/articles');
  engine = createSearchEngine(seed);
});

const top = (question: string) => engine.ask(question, { top: 3 })[0];
const where = (question: string) => {
  const answer = top(question);
  return answer && [answer.paragraph.sectionTitle, answer.paragraph.number];
};

describe('createSearchEngine on the seed article', () => {
  it('answers with the section, the 1-based paragraph number and a verbatim excerpt', () => {
    const answer = top('متى التقى كيم وبوتين لأول مرة؟');
    expect(answer?.paragraph.sectionTitle).toBe('العلاقة تاريخيا');
    expect(answer?.paragraph.number).toBe(6);
    expect(answer?.paragraph.text).toContain(answer?.excerpt);
    expect(answer?.excerpt).toContain('التقى بوتين عام 2019 للمرة الأولى');
    expect(answer?.score).toBeGreaterThan(0);
    expect(answer?.score).toBeLessThanOrEqual(1);
  });

  it('keeps every excerpt verbatim and within the length limit', () => {
    for (const question of ['العقوبات', 'الحرب الباردة', 'النفط', 'شويغو', 'العمال الكوريين']) {
      for (const answer of engine.ask(question, { top: 5 })) {
        const quoted = answer.excerpt.replace(/^…|…$/gu, '');
        expect(answer.paragraph.text).toContain(quoted);
        expect(answer.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
      }
    }
  });

  it('ranks best first with non-increasing scores', () => {
    const answers = engine.ask('العقوبات على كوريا الشمالية', { top: 5 });
    expect(answers.length).toBeGreaterThan(1);
    for (let i = 1; i < answers.length; i += 1) {
      expect(answers[i]?.score).toBeLessThanOrEqual(answers[i - 1]?.score ?? 0);
    }
  });

  it.each([
    ['transliteration variants', 'متى زار سيرجي شويجو كوريا الشمالية؟', ['موقفها من الحرب', 6]],
    ['a name split in two', 'ماذا قال لوكين عن بيونغ يانغ وموسكو؟', ['موقفها من الحرب', 3]],
    [
      'a clitic light stemming keeps (بتصدير)',
      'متى بدأ تصدير النفط الروسي إلى كوريا الشمالية؟',
      ['العلاقات الاقتصادية', 2],
    ],
    ['diacritics and tatweel', 'مَتَى بَدَأَتْ رُوسْيَا بِتَصْـــدِيرِ النِّفْطِ؟', ['العلاقات الاقتصادية', 2]],
    ['Arabic-Indic digits', 'ماذا حدث في ٢٠١٧؟', ['العلاقة تاريخيا', 6]],
    ['a decade the text gives as years (1950- 1953)', 'كيف انتهت حرب الخمسينات؟', ['العلاقة تاريخيا', 2]],
    [
      'a decade spelled with the shorter plural (التسعينات)',
      'ماذا حدث في التسعينات؟',
      ['العلاقة تاريخيا', 3],
    ],
    [
      'a month given by its number, which the text names (تموز/ يوليو)',
      'ماذا حصل بين موسكو وبيونغيانغ في الشهر 7 الماضي؟',
      ['موقفها من الحرب', 6],
    ],
    [
      'a dialect verb with its plural ending and an object pronoun (بيبحثونه: what they will discuss)',
      'وش بيبحثونه كيم وبوتين؟',
      ['مقدمة', 1],
    ],
    [
      '"at first" said in dialect (في الأول), which the text writes في البداية',
      'كيف كانت علاقة كيم بروسيا في الأول؟',
      ['العلاقة تاريخيا', 4],
    ],
    [
      'colloquial "wants it" (بدهم ياها، عايزاها) for the regions Russia claims (تطالب بها)',
      'الشمال الكوري شو عمل بالمناطق الأوكرانية اللي الروس بدهم ياها؟',
      ['موقفها من الحرب', 1],
    ],
    ['invisible characters pasted in', 'شوي\u200cغو\u200f زار بيونغيانغ', ['موقفها من الحرب', 6]],
    ['a typo', 'ما هي الصوارخ البالستية؟', ['موقفها من الحرب', 6]],
    [
      'a typo in a four-letter stem, confirmed by a word the text writes',
      'ما سبب المجاغة في الشمال؟',
      ['العلاقة تاريخيا', 3],
    ],
    [
      'a typo in a stem the text writes with ال',
      'متى توقفت رحلات السكك الحدبدية؟',
      ['العلاقات الاقتصادية', 1],
    ],
    [
      'a broken plural (عمال / عامل)',
      'كم عدد العمال الكوريين الذين ستوظفهم روسيا؟',
      ['العلاقات الاقتصادية', 5],
    ],
    ['Egyptian dialect', 'روسيا بعتت نفط لكوريا الشمالية إمتى؟', ['العلاقات الاقتصادية', 2]],
  ])('finds the passage through %s', (_kind, question, expected) => {
    expect(where(question)).toEqual(expected);
  });

  it('quotes the passage with every question word before a shorter one that lacks the rarest', () => {
    // Both speak of China and Russia imposing sanctions; only the longer one says they were strict.
    expect(where('لماذا فرضت الصين وروسيا عقوبة صارمة على الكوريين الشماليين؟')).toEqual([
      'العلاقة تاريخيا',
      4,
    ]);
  });

  it('lets coverage choose the quote but not whether the article answers', () => {
    // The Cold War passage shares "war" and "first" with a question about the First World War, more of
    // it than the passage the evidence alone ranks first; being quoted first must not make it an answer.
    const question = 'متى بدأت الحرب العالمية الأولى؟';
    const [first] = engine.ask(question, { top: 3, minScore: 0 });
    expect(first?.paragraph.text).toContain('الأيام الأولى من الحرب الباردة');
    expect(first?.score).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(engine.ask(question)).toEqual([]);
  });

  it('answers a question that quotes a clause of the passage, though it also asks in words the text lacks', () => {
    // "revive the alliance of the Cold War" is four question words together in the passage: more than one concept.
    expect(where('هل يسعى البلدان لإحياء تحالف الحرب الباردة؟')).toEqual(['موقفها من الحرب', 3]);
  });

  it('does not answer "how much" of something the article never mentions', () => {
    // The workers' passage has numbers, of workers; it says nothing of their pay.
    expect(engine.ask('قديش معاش العامل الكوري الشمالي بروسيا؟')).toEqual([]);
    // The lexicon pairs راتب "wage" with أجر, which the text writes only as أجرتها "conducted".
    expect(engine.ask('كم راتب العامل الكوري الشمالي في روسيا؟')).toEqual([]);
    // Its numbers count workers: no resolution is numbered anywhere in the article.
    expect(engine.ask('ما هو رقم القرار الأممي بشأن العمال الكوريين في روسيا؟')).toEqual([]);
    // The range of a missile is a measure; the text gives none.
    expect(engine.ask('ما مدى الصواريخ المحظورة لكوريا الشمالية؟')).toEqual([]);
    expect(where('كم عدد العمال الكوريين الذين يريد الروس توظيفهم؟')).toEqual(['العلاقات الاقتصادية', 5]);
  });

  it('carries over from the passage a "وأضاف أن" continues only the words it writes as asked', () => {
    // The passage before names the university; a grammar question about a school meets it only
    // through the lexicon, which tells nothing of whom "وأضاف" goes on quoting.
    expect(engine.ask('ما معنى كلمة المدرسة في جملة كتبت الدرس؟')).toEqual([]);
    expect(where('ماذا أضاف لوكين عن العبارة الجديدة؟')).toEqual(['موقفها من الحرب', 4]);
  });

  it('does not let the chatter of a long message outweigh two concepts the passage surely holds', () => {
    // "اشرحوا لي ببساطة وبدون تعقيد" are words no passage uses; China and North Korea's trade are there.
    expect(where('اشرحوا لي ببساطة وبدون تعقيد دور الصين في تجارة كوريا الشمالية')).toEqual([
      'العلاقات الاقتصادية',
      3,
    ]);
    // A message about something else still matches nothing surely, and stays unanswered.
    expect(engine.ask('يا جماعة شو أفضل دوا للصداع والزكام عند الولاد الصغار؟')).toEqual([]);
  });

  it('does not answer about the stance of someone the passage never names', () => {
    // The passage on Shoigu's visit says nothing of China.
    expect(engine.ask('ما رأي الصين في زيارة وزير الدفاع الروسي لكوريا الشمالية؟')).toEqual([]);
    // The holder is the Chinese president: the word the opening passage lacks is "Chinese".
    expect(engine.ask('ماذا قال الرئيس الصيني عن صفقات الأسلحة المحتملة بين كيم وبوتين؟')).toEqual([]);
    expect(where('كيف ردت موسكو وبيونغيانغ على الاتهامات الأمريكية؟')).toEqual(['موقفها من الحرب', 2]);
  });

  it('does not answer about a stance from a passage that names the holder but tells no stance of anyone', () => {
    // The Korean War passage names South Korea as a party to the war; it tells nothing of its views.
    expect(engine.ask('ما موقف كوريا الجنوبية من التقارب بين موسكو وبيونغيانغ؟')).toEqual([]);
    // "South Korea" is two words: North Korea in the passage on Shoigu's visit does not name it.
    expect(engine.ask('وش كان رد كوريا الجنوبية على زيارة شويغو؟')).toEqual([]);
    expect(where('ما موقف كوريا الشمالية من الحرب على أوكرانيا؟')).toEqual(['موقفها من الحرب', 1]);
    // Egyptian puts the holder first: "بكين ردت ازاي" asks Beijing's reply, which no passage on the visit tells.
    expect(engine.ask('بكين ردت ازاي على زيارة شويغو؟')).toEqual([]);
    expect(where('موسكو ردت ازاي على الاتهامات الأمريكية؟')).toEqual(['موقفها من الحرب', 2]);
    // A yes-or-no question about taking a side asks for a stance too: the passage tells North Korea's.
    expect(engine.ask('هل أيدت الصين غزو روسيا لأوكرانيا؟')).toEqual([]);
    expect(where('هل أيدت كوريا الشمالية غزو روسيا لأوكرانيا؟')).toEqual(['موقفها من الحرب', 1]);
    // What the UN's figures showed is what they say: "بحسب ما أظهرت بيانات الأمم المتحدة".
    expect(where('ماذا قالت بيانات الأمم المتحدة عن النفط الروسي؟')).toEqual(['العلاقات الاقتصادية', 2]);
    // The numbers of a passage tell no one's view: the Security Council's resolutions are no reply.
    expect(engine.ask('إيه كان رد مجلس الأمن على كلام الروس عن تشغيل العمال الكوريين؟')).toEqual([]);
  });

  it('finds the passage saying how something was done when asked the other way (secretly or openly)', () => {
    // The text says the officials discussed it openly (علنا); the question asks whether in secret.
    expect(where('هل تكلم المسؤولون الروس عن توظيف العمال الكوريين سرا؟')).toEqual([
      'العلاقات الاقتصادية',
      5,
    ]);
  });

  it('prefers, for a why-question, the passage that gives a cause', () => {
    // Both passages tell of China and Russia and sanctions on North Korea; one says why ("بسبب").
    expect(where('لماذا فرضت روسيا والصين عقوبات على كوريا الشمالية؟')).toEqual(['العلاقة تاريخيا', 4]);
  });

  it('answers a why-question whose passage gives its reason without a causal word', () => {
    expect(where('لماذا تريد روسيا تشغيل عمال كوريين في المناطق المحتلة؟')).toEqual([
      'العلاقات الاقتصادية',
      6,
    ]);
  });

  it('answers from a paragraph that goes on with the words of a speaker the one before names', () => {
    // "وأضاف أن …" is Lukin still speaking, though only the paragraph before names him.
    expect(where('ما الذي لاحظه لوكين في لغة بيونغيانغ؟')).toEqual(['موقفها من الحرب', 4]);
  });

  it('answers what came after an event from the paragraph that opens "وبعد ذلك"', () => {
    // The trains are in the paragraph before; the oil, which came after them, in the one that follows it.
    expect(where('ماذا بدأت موسكو ترسل إلى بيونغيانغ بعد عودة القطارات؟')).toEqual([
      'العلاقات الاقتصادية',
      2,
    ]);
    // Asked about the event itself, the paragraph telling it still answers.
    expect(where('متى استأنفت روسيا وكوريا الشمالية السفر بالقطارات بعد جائحة كورونا؟')).toEqual([
      'العلاقات الاقتصادية',
      1,
    ]);
  });

  it('does not answer about the next meeting from the passage about the first', () => {
    expect(engine.ask('فين هيتقابل كيم وبوتين المرة الجاية؟')).toEqual([]);
    // "للمرة الأولى" says which meeting it was from five words after "التقى".
    expect(engine.ask('أين ستكون القمة القادمة بين بوتين وكيم؟')).toEqual([]);
    expect(engine.ask('في أي مدينة ستعقد القمة المرتقبة بين بوتين وكيم؟')).toEqual([]);
    expect(engine.ask('ما نتيجة اللقاء الثاني بين بوتين وكيم؟')).toEqual([]);
    expect(where('فين اتقابل كيم وبوتين أول مرة؟')).toEqual(['العلاقة تاريخيا', 6]);
  });

  it('does not answer how long something lasted from a passage that only dates it', () => {
    // The visit is dated ("في تموز/ يوليو الماضي"), but nothing says how many days it took.
    expect(engine.ask('كم يوما دامت زيارة وزير الدفاع الروسي لبيونغيانغ؟')).toEqual([]);
    expect(where('كم سنة اعتمدت كوريا الشمالية على مساعدات السوفييت؟')).toEqual(['العلاقة تاريخيا', 3]);
  });

  it('does not answer about a country the article never names, however many other words match', () => {
    expect(engine.ask('ما موقف اليابان من التقارب بين روسيا وكوريا الشمالية؟')).toEqual([]);
    expect(engine.ask('ما العقوبات التي فرضها الاتحاد الأوروبي على كوريا الشمالية؟')).toEqual([]);
  });

  it('does not answer what a place’s capital or currency is when the text never says the word', () => {
    // Seoul is an alias of South Korea, and عملة must not be read as عمل ("worked"), which the text has.
    expect(engine.ask('شو عاصمة كوريا الجنوبية؟')).toEqual([]);
    expect(engine.ask('ما العملة التي تستخدمها كوريا الشمالية؟')).toEqual([]);
  });

  it('does not answer a name question about a role the article never mentions', () => {
    // The Korean War passages share "Soviet Union" and "Korean War", but no president is ever named.
    expect(engine.ask('من هو رئيس الاتحاد السوفييتي خلال الحرب الكورية؟')).toEqual([]);
  });

  it('does not answer a name question from a passage naming no one in the role, however much else it repeats', () => {
    // Every other word of the question is in the opening passage, which never names the official.
    expect(engine.ask('ما اسم المسؤول الأمريكي في الأمن القومي الذي تحدث عن لقاء كيم وبوتين؟')).toEqual([]);
  });

  it('answers for the name of someone in a role where the passage names them', () => {
    expect(where('ما اسم وزير الدفاع الروسي الذي زار بيونغيانغ؟')).toEqual(['موقفها من الحرب', 6]);
    expect(where('وزير الدفاع الروسي اللي زار بيونغيانغ اسمه ايه؟')).toEqual(['موقفها من الحرب', 6]);
  });

  it('matches through the article’s aliases (أمريكا → الولايات المتحدة / واشنطن)', () => {
    const answers = engine.ask('بماذا اتهمت أمريكا كوريا الشمالية؟');
    expect(answers[0]?.paragraph.text).toContain('واتهمت الولايات المتحدة');
  });

  it('matches an alias the text never writes behind a clitic (لأمريكا)', () => {
    // أمريكا is only an alias name; with ل before it, it must still stand for the United States.
    expect(where('هل انضمت الصين لأمريكا في معاقبة بيونغيانغ؟')).toEqual(['العلاقة تاريخيا', 4]);
  });

  it.each([
    ['an off-topic question', 'من فاز بكأس العالم 2022؟'],
    ['gibberish', 'سشيبلاتنمك قفغعهخحجد'],
    ['only stop words', 'ما هو الذي في على؟'],
    ['punctuation only', '؟؟؟ ...'],
    ['an empty question', ''],
    ['Latin text', 'what is the weather today?'],
    ['thanks whose one other word the article uses', 'شكرا على المساعدة'],
    ['dialect thanks', 'مشكور يعطيك العافية'],
    ['the name of someone the text mentions by role only', 'ما اسم المسؤول الأمريكي الذي تحدث عن اللقاء؟'],
    ['the same asked in dialect', 'المسؤول الأمريكي اللي اتكلم عن لقاء كيم وبوتين ده اسمه ايه؟'],
    ['the name of a minister the text does not name (only the defence one)', 'ما اسم وزير الخارجية الروسي؟'],
    ['the name of a minister of another country than the one named', 'مين وزير الدفاع الكوري الشمالي؟'],
  ])('says the article does not answer %s', (_kind, question) => {
    expect(engine.ask(question)).toEqual([]);
  });

  it('still answers a word the article uses when it comes without thanks or with a real question', () => {
    // The same word as the thanks above: alone it is a keyword query, and after thanks a question.
    expect(engine.ask('المساعدة').length).toBeGreaterThan(0);
    expect(where('شكرا! ما سبب المجاعة في كوريا الشمالية؟')).toEqual(
      where('ما سبب المجاعة في كوريا الشمالية؟'),
    );
  });

  it('returns every passage sharing a term when asked for no threshold (autocomplete)', () => {
    const loose = engine.ask('روسيا', { top: 25, minScore: 0 });
    expect(loose.length).toBeGreaterThan(10);
  });

  it('survives hostile input without throwing', () => {
    const hostile = [
      'ب'.repeat(100_000),
      '\u0000\u0001\u202e\ufeff'.repeat(1000),
      '🙂'.repeat(5000),
      'كيم '.repeat(5000),
      '<@123> @everyone ```js\nevil()``` https://x.y',
    ];
    for (const question of hostile) expect(() => engine.ask(question, { top: 10 })).not.toThrow();
  });

  it('is deterministic', () => {
    const question = 'العلاقات بين روسيا وكوريا الشمالية';
    expect(engine.ask(question, { top: 5 })).toEqual(engine.ask(question, { top: 5 }));
  });

  it('respects top', () => {
    expect(engine.ask('روسيا وكوريا الشمالية', { top: 1, minScore: 0 })).toHaveLength(1);
  });

  it('answers a question the same whether its words were seen in earlier questions or not', async () => {
    // Word analysis is remembered across questions; what was remembered must never change an answer.
    // Alias matches add terms to a question's groups, so questions with and without aliases are mixed.
    const questions: string[] = (
      await import('../fixtures/seed-questions.json', { with: { type: 'json' } })
    ).default.map((entry: { question: string }) => entry.question);
    const shown = (question: string, asker: SearchEngine) =>
      asker.ask(question, { top: 5 }).map((answer) => [answer.paragraph.id, answer.score, answer.excerpt]);
    const seasoned = createSearchEngine(seed);
    for (const question of [...questions].reverse()) seasoned.ask(question, { top: 5 });
    const differing = questions.filter(
      (question) =>
        JSON.stringify(shown(question, seasoned)) !==
        JSON.stringify(shown(question, createSearchEngine(seed))),
    );
    expect(differing).toEqual([]);
  });
});

describe('createSearchEngine over several articles', () => {
  const weather = makeArticle('weather', [['الطقس', ['تساقطت الثلوج بغزارة على موسكو في كانون الثاني.']]]);
  const football = makeArticle(
    'football',
    [['الكرة', ['فاز المنتخب المغربي على إسبانيا بركلات الترجيح.', 'وتأهل المغرب إلى نصف النهائي.']]],
    [['المغرب', 'أسود الأطلس']],
  );
  const multi = createSearchEngine([weather, football]);

  it('searches all articles and names the article of each answer', () => {
    expect(multi.ask('الثلوج في موسكو')[0]?.article.slug).toBe('weather');
    expect(multi.ask('ركلات الترجيح')[0]?.article.slug).toBe('football');
  });

  it('restricts the search to one article when asked', () => {
    expect(multi.ask('موسكو', { article: 'football' })).toEqual([]);
    expect(multi.ask('موسكو', { article: 'weather' })[0]?.article.slug).toBe('weather');
    expect(multi.ask('موسكو', { article: 'no-such-article' })).toEqual([]);
  });

  it('applies an article’s aliases only within that article', () => {
    expect(multi.ask('هل تأهلت أسود الأطلس؟')[0]?.paragraph.id).toBe('football/0/2');
  });

  it('handles an engine with no articles', () => {
    expect(createSearchEngine([]).ask('موسكو')).toEqual([]);
  });
});

describe('typo repair of short words', () => {
  const article = makeArticle('worker', [
    ['', ['وصل عامل جديد إلى المصنع.', 'افتتحت الشركة فرعا في المدينة.']],
  ]);

  it('does not read four letters reordered as a typo: العالم ("the world") is not عامل ("worker")', () => {
    const engine = createSearchEngine([article]);
    expect(engine.ask('العالم', { minScore: 0 })).toEqual([]);
    expect(engine.ask('العامل')[0]?.paragraph.number).toBe(1);
  });

  it('repairs a letter replaced in a word whose stem is too short to repair alone, as the text writes it whole', () => {
    const delegations = makeArticle('delegations', [
      ['', ['وصلت البعثة الصينية إلى المدينة أمس.', 'وصلت البعثة الكورية إلى المدينة أمس.']],
    ]);
    // الكوربة is one letter from الكورية, whose stem كور is too short to repair alone.
    expect(createSearchEngine([delegations]).ask('متى وصلت البعثة الكوربة؟')[0]?.paragraph.number).toBe(2);
  });

  it('repairs a letter dropped from a longer word whose four-letter stem is too short to repair alone', () => {
    const regimes = makeArticle('regimes', [
      ['', ['قامت في البلاد الدولة الملكية بعد الحرب.', 'قامت في البلاد الدولة الشيوعية بعد الحرب.']],
    ]);
    // الشوعية lacks a letter of الشيوعية, whose stem شيوع has four letters.
    expect(createSearchEngine([regimes]).ask('هل قامت في البلاد الدولة الشوعية؟')[0]?.paragraph.number).toBe(
      2,
    );
  });

  it('does not repair a real word one letter no slip changes from a form of the text (الدين is not الصين)', () => {
    const china = makeArticle('china', [
      ['', ['زار الوفد الصين في الربيع.', 'زرعت القرية القمح في الوادي.']],
    ]);
    expect(createSearchEngine([china]).ask('ما الدين الرسمي؟', { minScore: 0 })).toEqual([]);
    expect(createSearchEngine([china]).ask('هل زار الوفد الصبن؟')[0]?.paragraph.number).toBe(1);
  });

  it('does not repair a short word two letters away from a form of the text (اللغة is not بالغة)', () => {
    const importance = makeArticle('importance', [['', ['للعلاقة أهمية بالغة بين البلدين.']]]);
    expect(createSearchEngine([importance]).ask('ما اللغة الرسمية؟', { minScore: 0 })).toEqual([]);
  });
});

describe('words the text spells with a long vowel more or fewer', () => {
  const article = makeArticle('soviet', [
    ['', ['قاتلت البلاد بدعم من الاتحاد السوفيتي.', 'اعتمدت البلاد على المساعدات السوفييتية لعقود.']],
  ]);

  it('meet the spelling the question does not use', () => {
    const [first] = createSearchEngine([article]).ask('المساعدات السوفيتية', { minScore: 0 });
    expect(first?.paragraph.number).toBe(2);
  });
});

describe('questions about one of a series', () => {
  const article = makeArticle('tests', [
    [
      '',
      [
        'أجرت الدولة تجربتها النووية الأخيرة عام 2017 قرب الحدود.',
        'وصلت إلى الميناء أول شحنات من القمح منذ عام 2020 بحسب الوزارة.',
        'هربت الأسيرة من السجن مرة ثانية في الخريف، ولكن من دون رفاقها هذه المرة.',
      ],
    ],
  ]);
  const engine = createSearchEngine([article]);

  it('reads a second escape as possibly the last one, but not as the first', () => {
    expect(engine.ask('بماذا اختلف هروب الأسيرة الأخير من السجن؟')[0]?.paragraph.number).toBe(3);
    expect(engine.ask('متى كان أول هروب للأسيرة من السجن؟')).toEqual([]);
  });

  it('finds the passage about the last test when asked about the last one', () => {
    expect(engine.ask('متى أجرت الدولة آخر تجربة نووية؟')[0]?.paragraph.number).toBe(1);
  });

  it('does not answer a question about the first test from the passage about the last', () => {
    expect(engine.ask('متى أجرت الدولة أول تجربة نووية؟')).toEqual([]);
  });

  it('reads "the first since" as the last before: no contradiction', () => {
    expect(engine.ask('متى كانت آخر شحنات القمح قبل هذه؟')[0]?.paragraph.number).toBe(2);
  });
});

describe('questions for the name of a role the passage never mentions', () => {
  const article = makeArticle('leaders', [
    [
      '',
      [
        'قاد أدولف هتلر ألمانيا النازية خلال الحرب العالمية الثانية.',
        'تشكلت الجمهورية الجديدة بدعم من الحلفاء بعد الحرب.',
        'التقى الزعيم الصيني بنظيره في العاصمة.',
      ],
    ],
  ]);
  const engine = createSearchEngine([article]);

  it('answers from a passage that names someone without the title', () => {
    expect(engine.ask('من كان زعيم ألمانيا النازية؟')[0]?.paragraph.number).toBe(1);
  });

  it('does not answer from a passage that names no one at all', () => {
    expect(engine.ask('من كان زعيم الجمهورية الجديدة عند تشكلها بعد الحرب؟')).toEqual([]);
    expect(engine.ask('من كان يحكم الجمهورية الجديدة بعد الحرب؟')).toEqual([]);
  });
});

describe('questions asking what came later', () => {
  it('rank first the paragraph that opens as the sequel of the one before', () => {
    const article = makeArticle('later', [
      [
        '',
        [
          'فرضت الدولتان عقوبات صارمة على الجارة بسبب تجاربها.',
          'وعملت الدولتان بعد ذلك على معارضة عقوبات جديدة على الجارة.',
        ],
      ],
    ]);
    const [first] = createSearchEngine([article]).ask('هل تغير موقف الدولتين من العقوبات على الجارة لاحقا؟', {
      minScore: 0,
    });
    expect(first?.paragraph.number).toBe(2);
  });
});

describe('questions asking what came after an event', () => {
  const article = makeArticle('after', [
    [
      '',
      [
        'عادت القطارات بين المدينتين العام الماضي بعد توقف طويل.',
        'وبعد ذلك، بدأت الشركة ببيع القمح إلى المدينة الشمالية.',
        'عملت الشركة على تحسين خدماتها للمسافرين.',
        'عملت الشركة على توظيف عمال جدد في المصنع.',
      ],
    ],
  ]);
  const engine = createSearchEngine([article]);

  it('answer from the sequel that shares only its subject with the question', () => {
    expect(engine.ask('بعد ما عادت القطارات، الشركة عملت إيه؟')[0]?.paragraph.number).toBe(2);
  });

  it('reach the sequel however many passages BM25 ranks above it', () => {
    const others = Array.from(
      { length: 12 },
      (_, i) => `عملت الشركة في المدينة الشمالية على المشروع ${i + 1}.`,
    );
    const crowded = makeArticle('crowded', [
      ['', [...others, 'عادت القطارات بين المدينتين العام الماضي.', 'وبعد ذلك، بدأت الشركة ببيع القمح.']],
    ]);
    const [first] = createSearchEngine([crowded]).ask('بعد ما عادت القطارات، الشركة عملت إيه؟');
    expect(first?.paragraph.number).toBe(14);
  });
});

describe('questions asking how many', () => {
  const article = makeArticle('fair', [
    ['', ['زار الوزير معرض الأسلحة الذي شمل الصواريخ الجديدة.', 'زرعت القرية القمح في الوادي.']],
  ]);

  it('get no answer from a passage without a number, however many of their words it repeats', () => {
    expect(createSearchEngine([article]).ask('كم صاروخا في معرض الأسلحة الذي زاره الوزير؟')).toEqual([]);
  });
});

describe('questions asking when', () => {
  const article = makeArticle('council', [
    ['', ['ناقش المجلس توظيف 20 ألف عامل في المصانع.', 'أصدر المجلس قرار التوظيف عام 2006.']],
  ]);
  const engine = createSearchEngine([article]);

  it('asks for a date when "when" is joined to another question word by a conjunction', () => {
    expect(engine.ask('أين ومتى ناقش المجلس توظيف العمال في المصانع؟')).toEqual([]);
  });

  it('get no answer from a passage whose only number is a count, not a year', () => {
    expect(engine.ask('في أي سنة ناقش المجلس توظيف العمال في المصانع؟')).toEqual([]);
    expect(engine.ask('في أي سنة أصدر المجلس قرار التوظيف؟')[0]?.paragraph.number).toBe(2);
  });
});

describe('questions about what someone said', () => {
  const article = makeArticle('speakers', [
    [
      '',
      [
        'أعلن المتحدث باسم الحكومة المحلية اليوم في مؤتمر صحفي طويل أن الرئيس فلاديمير بوتين سيزور المدينة ويناقش صفقات التجارة.',
        'زرعت القرية القمح في الوادي.',
      ],
    ],
  ]);

  it('does not answer from a passage that names the speaker asked about only as someone spoken of', () => {
    expect(createSearchEngine([article]).ask('ماذا قال بوتين عن صفقات التجارة؟')).toEqual([]);
  });

  it('answers from a passage that tells their words', () => {
    const quoted = makeArticle('speakers', [
      [
        '',
        [
          ...(article.sections[0]?.paragraphs.map(({ text }) => text) ?? []),
          'ورحب بوتين بصفقات التجارة الجديدة.',
        ],
      ],
    ]);
    expect(createSearchEngine([quoted]).ask('ماذا قال بوتين عن صفقات التجارة؟')[0]?.paragraph.number).toBe(3);
  });

  it('does not answer from a passage that tells their view of something else', () => {
    const quoted = makeArticle('speakers', [
      ['', ['ورحب الرئيس فلاديمير بوتين في موسكو بصفقات التجارة الجديدة مع الصين.', 'زرعت القرية القمح.']],
    ]);
    const engine = createSearchEngine([quoted]);
    // He welcomed the trade deals; the text says nothing of sanctions on them.
    expect(engine.ask('ما رأي بوتين في العقوبات على صفقات التجارة مع الصين؟')).toEqual([]);
    expect(engine.ask('ما رأي بوتين في صفقات التجارة الجديدة؟')[0]?.paragraph.number).toBe(1);
  });
});

describe('questions about a country', () => {
  it('still get an answer when the country is one the text names', () => {
    const article = makeArticle('ties', [['', ['تعمقت العلاقات بين روسيا والصين في السنوات الأخيرة.']]]);
    expect(
      createSearchEngine([article]).ask('هل تعمقت العلاقات بين الصين وروسيا؟')[0]?.paragraph.number,
    ).toBe(1);
  });

  it('still get an answer when an alias of the article stands for the country', () => {
    const article = makeArticle(
      'tokyo',
      [['', ['أعلنت طوكيو خطة جديدة لدعم صناعة السيارات الكهربائية.']]],
      [['اليابان', 'طوكيو']],
    );
    const engine = createSearchEngine([article]);
    expect(engine.ask('ما خطة اليابان لدعم صناعة السيارات الكهربائية؟')[0]?.paragraph.number).toBe(1);
  });
});

describe('questions asking the names of several things', () => {
  const article = makeArticle('visits', [
    [
      '',
      [
        'زار الوفد الروسي ثلاث مدن صينية: شنغهاي وهانغتشو وشيان، خلال جولته.',
        'اعترفت الحكومة بالمناطق الجديدة التي ضمها الجيش خلال الحرب.',
      ],
    ],
  ]);
  const engine = createSearchEngine([article]);

  it('answers from the passage that lists the names', () => {
    expect(engine.ask('ما أسماء المدن الصينية التي زارها الوفد الروسي؟')[0]?.paragraph.number).toBe(1);
  });

  it('does not answer from a passage that speaks of the things without naming them', () => {
    // The relative clause after المناطق tells what became of them; it names none.
    expect(engine.ask('ما أسماء المناطق الجديدة التي اعترفت بها الحكومة؟')).toEqual([]);
  });
});
