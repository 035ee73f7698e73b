import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.js';
import { GENERAL_LEXICON } from '../../src/text/general-lexicon.js';
import { LEXICON } from '../../src/text/lexicon.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { isStopWord } from '../../src/text/stopwords.js';
import { makeArticle } from '../support/articles.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

describe.each([
  ['lexicon.ts', LEXICON],
  ['general-lexicon.ts', GENERAL_LEXICON],
])('the word groups of %s', (_file, groups) => {
  it('are groups of at least two plain Arabic words (no marks, tatweel, spaces or Latin)', () => {
    expect(groups.filter((group) => group.length < 2)).toEqual([]);
    expect(groups.flat().filter((word) => !ARABIC_WORD.test(word))).toEqual([]);
  });

  it('hold no stop word: a function word would join every question to the group', () => {
    expect(groups.flat().filter((word) => isStopWord(normalizeArabic(word)))).toEqual([]);
  });
});

describe('the general lexicon', () => {
  it('puts each word in one group, also after normalization (آلة and إله would meet)', () => {
    const groupsOf = new Map<string, Set<number>>();
    GENERAL_LEXICON.forEach((group, g) => {
      for (const word of group) {
        const key = normalizeArabic(word);
        groupsOf.set(key, (groupsOf.get(key) ?? new Set()).add(g));
      }
    });
    expect([...groupsOf].filter(([, groups]) => groups.size > 1).map(([word]) => word)).toEqual([]);
  });

  it('lets a question find a passage through a word it lists beside the one the text uses', () => {
    const article = makeArticle('lexicon', [
      ['', ['افتتح المصرف المركزي فرعا جديدا في العاصمة.', 'صمم المهندسون أول حاسوب في الجامعة.']],
    ]);
    const engine = createSearchEngine([article]);
    // The article never writes بنك (bank) or كمبيوتر (computer), and neither shares a root with
    // the word it does write (مصرف, حاسوب): only the lexicon joins them.
    expect(engine.ask('البنك')[0]?.paragraph.number).toBe(1);
    expect(engine.ask('الكمبيوتر')[0]?.paragraph.number).toBe(2);
    expect(engine.ask('الطائرة')).toEqual([]);
  });
});

describe('lexicon words inside the text', () => {
  it('meet the text word whose ending or clitics light stemming keeps (the dual ويناقشا is يناقش)', () => {
    const article = makeArticle('dual', [
      ['', ['قد يجتمع الوزيران غدا ويناقشا خطة المياه.', 'زار الوزير المصنع الجديد.']],
    ]);
    // "They will talk about" (Egyptian) is the lexicon's ناقش; the text has only the dual ويناقشا.
    expect(createSearchEngine([article]).ask('الوزيرين هيتكلموا في إيه؟')[0]?.paragraph.number).toBe(1);
  });

  it('meet a colloquial present-tense plural behind its progressive ب (بيحاربوا is يحارب, fought)', () => {
    const article = makeArticle('battle', [
      ['', ['قاتلت القبيلة جيرانها سنوات طويلة.', 'زرعت القبيلة القمح في الوادي.']],
    ]);
    expect(createSearchEngine([article]).ask('القبيلة كانت بيحاربوا مين؟')[0]?.paragraph.number).toBe(1);
  });

  it('join the verbs of a state coming into being (تكونت is تشكلت)', () => {
    const article = makeArticle('state', [
      ['', ['تشكلت الدولة في الأيام الأولى من الحرب.', 'زرعت الدولة القمح في الوادي.']],
    ]);
    expect(createSearchEngine([article]).ask('متى تكونت الدولة؟')[0]?.paragraph.number).toBe(1);
  });

  it('meet English loanwords typed in Arabic letters (الترين is القطارات, البزنس التجارة)', () => {
    const article = makeArticle('loanwords', [
      ['', ['توقفت رحلات القطارات بسبب الوباء.', 'تمر معظم التجارة عبر الميناء الجنوبي.']],
    ]);
    const engine = createSearchEngine([article]);
    expect(engine.ask('ليش وقف الترين؟')[0]?.paragraph.number).toBe(1);
    expect(engine.ask('البزنس')[0]?.paragraph.number).toBe(2);
  });

  it('join aid and its synonyms (المعونات is المساعدات)', () => {
    const article = makeArticle('aid', [
      ['', ['وصلت قوافل التجار إلى القرية.', 'وصلت مساعدات كبيرة إلى القرية.']],
    ]);
    expect(createSearchEngine([article]).ask('المعونات')[0]?.paragraph.number).toBe(2);
  });

  it('meet a question word with an accusative alef the text never writes (خطابا is خطاب, a letter)', () => {
    const article = makeArticle('letter', [
      ['', ['أرسل الوزير رسالة إلى نظيره أمس.', 'افتتح الوزير مصنعا للسيارات.']],
    ]);
    const [first, second] = createSearchEngine([article]).ask('هل بعث الوزير خطابا؟', { minScore: 0 });
    expect(first?.paragraph.number).toBe(1);
    expect(first?.score).toBeGreaterThan(2 * (second?.score ?? 0));
  });

  it('keep a leading و as their own letter: ولد (born) does not meet بلاده (his country)', () => {
    const article = makeArticle('country', [['', ['عاد الرئيس إلى بلاده بعد الزيارة.']]]);
    const [answer] = createSearchEngine([article]).ask('أين ولد الرئيس؟', { minScore: 0 });
    // Only "the president" is found; were ولادة read as و + لادة, "born" would be found too.
    expect(answer?.score ?? 0).toBeLessThan(0.5);
  });
});
