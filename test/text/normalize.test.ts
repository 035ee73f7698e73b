import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { codeUnits, hostileMix } from '../hostile/arbitraries.js';

describe('normalizeArabic', () => {
  it.each([
    ['hamza and madda alef forms fold to bare alef', 'أحمد إلى آخر ٱلله', 'احمد الي اخر الله'],
    ['hamza on waw and ya fold to the bare hamza', 'مسؤول مسئول', 'مسءول مسءول'],
    ['ta marbuta folds to ha', 'الروسية', 'الروسيه'],
    ['alef maqsura folds to ya', 'على فى', 'علي في'],
    ['harakat, shadda and tanween are removed', 'أَيْضًا الشَّمَالِيَّةُ', 'ايضا الشماليه'],
    ['Quranic annotation marks and superscript alef are removed', 'الرَّحْمَٰنِ ۖ', 'الرحمن '],
    ['tatweel is removed', 'الأخيـــرة لـ بيونغيانغ', 'الاخيره ل بيونغيانغ'],
    ['Arabic-Indic digits become ASCII', 'عام ١٩٥٠', 'عام 1950'],
    ['Eastern Arabic-Indic (Persian) digits become ASCII', 'عام ۲۰۱۹', 'عام 2019'],
    ['presentation forms and ligatures unfold (NFKC)', 'ﻻ ﷲ ﺑﻮﺗﻴﻦ', 'لا الله بوتين'],
    [
      'bidi marks and zero-width joiners vanish inside words',
      'بو\u200cتين\u200f \u202bروسيا\u202c\u2066',
      'بوتين روسيا',
    ],
    ['a zero-width space separates words', 'كيم\u200bبوتين', 'كيم بوتين'],
    ['BOM and soft hyphen vanish', '\ufeffروس\u00adيا', 'روسيا'],
    ['Persian letter shapes fold to Arabic ones', 'کوریا', 'كوريا'],
    [
      'letters borrowed for foreign sounds fold to the usual Arabic ones',
      'لاتڤيا پوتين چيانغ',
      'لاتفيا بوتين جيانغ',
    ],
    ['Latin is lower-cased', 'Reuters', 'reuters'],
    [
      'combining marks stacked on Arabic letters ("Zalgo") are removed',
      'ب\u0336\u0301\u0317و\u20D2\u1DC4\u064Eتين\u0300',
      'بوتين',
    ],
    ['Latin accents stay on Latin letters', 'Cafe\u0301 Ko\u0308nig', 'café könig'],
  ])('%s', (_rule, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('leaves plain normalized text unchanged', () => {
    const text = 'ونقلت الوكاله عن محللين وخبراء قولهم';
    expect(normalizeArabic(text)).toBe(text);
  });

  it('folds ASCII and Arabic text in one pass exactly as the full rules do', () => {
    // A no-break space sends text the full way (NFKC makes it a space), so the two paths meet here.
    const asciiAndArabic = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        fc.constantFrom('\t', '\n', '\r'),
      ),
    });
    fc.assert(
      fc.property(asciiAndArabic, (text) => {
        expect(normalizeArabic(`${text}\u00a0`)).toBe(`${normalizeArabic(text)} `);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeArabic(text);
        expect(normalizeArabic(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on Arabic-heavy strings with marks, digits and invisible characters', () => {
    const arabicish = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0xfb50, max: 0xfeff }).map((code) => String.fromCharCode(code)),
        fc.constantFrom('\u200b', '\u200c', '\u200f', '\u202b', '\u2066', ' ', 'a', 'İ', '\u0301'),
      ),
    });
    fc.assert(
      fc.property(arabicish, (text) => {
        const once = normalizeArabic(text);
        expect(normalizeArabic(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['any sequence of UTF-16 code units, lone surrogates included', codeUnits],
    ['Arabic mixed with bidi, zero-width and control characters, markup and emoji', hostileMix],
  ])('is idempotent on %s', (_, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = normalizeArabic(text);
        expect(normalizeArabic(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and never leaves diacritics, tatweel, invisible marks or Arabic-Indic digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const normalized = normalizeArabic(text);
        expect(normalized).not.toMatch(
          /[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0660-\u0669\u06f0-\u06f9]/,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
