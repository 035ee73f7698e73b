import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

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
