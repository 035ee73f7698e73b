import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it.each([
    [
      'splits off Arabic punctuation ؟ ، ؛ « »',
      'متى التقى كيم، وبوتين؛ «لأول مرة»؟',
      ['متي', 'التقي', 'كيم', 'وبوتين', 'لاول', 'مره'],
    ],
    ['splits hyphenated names into their parts', 'كيم جونغ-أون', ['كيم', 'جونغ', 'اون']],
    [
      'separates a conjunction glued to a number',
      'ما بين 20 ألفا و50 ألف',
      ['ما', 'بين', '20', 'الفا', 'و', '50', 'الف'],
    ],
    ['reads Arabic-Indic digits as numbers', 'عام ٢٠١٧', ['عام', '2017']],
    [
      'splits on slashes, quotes and brackets',
      'حزيران/ يونيو "رويترز" (1950- 1953)',
      ['حزيران', 'يونيو', 'رويترز', '1950', '1953'],
    ],
    ['keeps Latin words whole', 'Reuters said', ['reuters', 'said']],
    ['returns nothing for punctuation only', '؟؟ ... !!', []],
  ])('%s', (_rule, input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe('tokenize on mixed scripts', () => {
  it('splits Arabic, Latin-1 and other scripts the same way, whatever mix a text has', () => {
    const common = 'Café «كيم» 2019';
    const withGreek = `${common} αβγ`;
    expect(tokenize(withGreek)).toEqual([...tokenize(common), 'αβγ']);
  });
});

describe('tokenize, fast and general paths', () => {
  it('agrees with the Unicode property classes on every Latin-1 and Arabic character', async () => {
    const fc = (await import('fast-check')).default;
    const common = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
      ),
    });
    fc.assert(
      fc.property(common, (text) => {
        expect(wordsOf(text)).toEqual(text.match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? []);
      }),
    );
  });
});
