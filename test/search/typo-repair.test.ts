import { describe, expect, it } from 'vitest';
import { MAX_REPAIRABLE_LENGTH, TypoRepair } from '../../src/search/typo-repair.js';

const repair = new TypoRepair([
  'شويغو',
  'بيونغيانغ',
  'فلاديفوستوك',
  'عقوب',
  'اوكرانيا',
  'تصدير',
  'نفط',
  'نظير',
  'عامل',
]);
const best = (word: string) => repair.suggest(word)[0]?.term;

describe('TypoRepair', () => {
  it.each([
    ['شويجو', 'شويغو'],
    ['بيونجيانج', 'بيونغيانغ'],
    ['فلاديفستوك', 'فلاديفوستوك'],
    ['اكرانيا', 'اوكرانيا'],
    ['تصدبر', 'تصدير'],
  ])('repairs %s to %s', (word, expected) => {
    expect(best(word)).toBe(expected);
  });

  it('does not correct short words, whose neighbours are too many', () => {
    expect(repair.suggest('نفظ')).toEqual([]);
    expect(repair.suggest('عاصم')).toEqual([]);
  });

  it('does not suggest far words', () => {
    expect(repair.suggest('مجلس')).toEqual([]);
    expect(repair.suggest('الحكومه')).toEqual([]);
  });

  it('repairs a swap of neighbouring letters, one edit, though fuse.js grades it as two', () => {
    const [swapped] = repair.suggest('شوغيو');
    const [wrongLetter] = repair.suggest('شويفو');
    expect(swapped?.term).toBe('شويغو');
    expect(swapped?.similarity).toBeLessThan(wrongLetter?.similarity ?? 0);
  });

  it('scores suggestions below an exact match', () => {
    const [suggestion] = repair.suggest('شويجو');
    expect(suggestion?.similarity).toBeGreaterThan(0.5);
    expect(suggestion?.similarity).toBeLessThan(1);
  });

  it('repairs words up to the length limit and leaves longer ones (pasted tokens) as spelled', () => {
    const letters = 'كتبرسم'.repeat(10);
    const atLimit = letters.slice(0, MAX_REPAIRABLE_LENGTH);
    const overLimit = letters.slice(0, MAX_REPAIRABLE_LENGTH + 2);
    const long = new TypoRepair([atLimit, overLimit]);
    const oneLetterChanged = (word: string) => `${word.slice(0, 20)}ز${word.slice(21)}`;
    expect(long.suggest(oneLetterChanged(atLimit))[0]?.term).toBe(atLimit);
    expect(long.suggest(oneLetterChanged(overLimit))).toEqual([]);
  });
});

describe('TypoRepair.nearTerms', () => {
  it('lists the terms one edit from a four-letter stem, for the caller to confirm', () => {
    expect(repair.nearTerms('عقوت')).toEqual(['عقوب']);
    expect(repair.nearTerms('عاما')).toEqual(['عامل']);
  });

  it('lists nothing two edits away, for other lengths, or for the stem itself', () => {
    expect(repair.nearTerms('عاصم')).toEqual([]);
    expect(repair.nearTerms('عقوب')).toEqual([]);
    expect(repair.nearTerms('نفظ')).toEqual([]);
    expect(repair.nearTerms('تصدبر')).toEqual([]);
  });

  it('does not let four-letter terms answer a longer word alone', () => {
    expect(repair.suggest('عامنل')).toEqual([]);
  });
});

describe('TypoRepair with spellings of short-stemmed names', () => {
  // Light stemming cuts بوتين to بوت, too short to repair; its full spelling stands in for it.
  const names = new TypoRepair(['بوت', 'كرملين'], [['بوتين', 'بوت']]);

  it('repairs a misspelled name through its full spelling to the term the index holds', () => {
    expect(names.suggest('بوتن')[0]?.term).toBe('بوت');
    expect(names.suggest('بوتبن')[0]?.term).toBe('بوت');
  });

  it('still repairs ordinary terms to themselves', () => {
    expect(names.suggest('كرملن')[0]?.term).toBe('كرملين');
  });
});
