import { describe, expect, it } from 'vitest';
import { isCountryName } from '../../src/text/countries.js';
import { normalizeArabic } from '../../src/text/normalize.js';

const isCountry = (word: string) => isCountryName(normalizeArabic(word));

describe('isCountryName', () => {
  it.each(['اليابان', 'واليابان', 'باليابان', 'لليابان', 'إيران', 'ايران', 'فرنسا', 'وفرنسا', 'كندا'])(
    'reads %s as a country',
    (word) => {
      expect(isCountry(word)).toBe(true);
    },
  );

  it.each(['الأوروبي', 'أوروبا', 'الناتو', 'لروسيا', 'الصين'])(
    'reads %s as a party news speaks of as one',
    (word) => {
      expect(isCountry(word)).toBe(true);
    },
  );

  it.each(['يابان', 'الياباني', 'رنسا', 'موقف', 'العالم'])('does not read %s as one', (word) => {
    expect(isCountry(word)).toBe(false);
  });
});
