import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/search/sentences.js';

const sentences = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits after terminal punctuation and keeps each sentence verbatim', () => {
    expect(sentences('الجملة الأولى. الجملة الثانية؟ الثالثة!')).toEqual([
      'الجملة الأولى.',
      'الجملة الثانية؟',
      'الثالثة!',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('قال "انتهى." ثم مضى.')).toEqual(['قال "انتهى."', 'ثم مضى.']);
  });

  it('does not split inside numbers or abbreviations without a following space', () => {
    expect(sentences('نسبة 3.5 بالمئة.')).toEqual(['نسبة 3.5 بالمئة.']);
  });

  it('treats a run like ".." as one end', () => {
    expect(sentences('والأمم المتحدة.. حتى وصلت.')).toEqual(['والأمم المتحدة..', 'حتى وصلت.']);
  });

  it('keeps a last sentence without punctuation', () => {
    expect(sentences('أولى. ثانية بلا نقطة')).toEqual(['أولى.', 'ثانية بلا نقطة']);
  });

  it('never loses or alters a non-space character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const joined = sentences(text).join('');
        expect(joined).toBe(text.replace(/\s/gu, '').length === 0 ? '' : joined);
        expect(joined.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
      }),
    );
  });
});
