import { describe, expect, it } from 'vitest';
import { FSI, isolate, PDI, RLI, RLM, rtlBlock, rtlLine, stripBidiControls } from '../../src/discord/rtl.js';
import { unbalancedIsolates, visible } from './helpers/discord-rules.js';

describe('rtlLine', () => {
  it('starts with a strong RTL mark outside the isolate, so dir=auto clients pick right-to-left', () => {
    const line = rtlLine('2019 كان عام اللقاء');
    expect(line.startsWith(`${RLM}${RLI}`)).toBe(true);
    expect(line.endsWith(PDI)).toBe(true);
  });

  it('adds nothing visible', () => {
    const text = '(Vladivostok) فلاديفوستوك: 2019.';
    expect(visible(rtlLine(text))).toBe(text);
  });
});

describe('rtlBlock', () => {
  it('makes each line right-to-left on its own and keeps blank lines blank', () => {
    const block = rtlBlock('الأول\n\nالثاني');
    expect(block.split('\n')).toEqual([rtlLine('الأول'), '', rtlLine('الثاني')]);
    expect(unbalancedIsolates(block)).toEqual([]);
  });
});

describe('isolate', () => {
  it('wraps a value in a first-strong isolate, which takes the direction of the value itself', () => {
    expect(isolate('Kim Jong-un')).toBe(`${FSI}Kim Jong-un${PDI}`);
  });
});

describe('stripBidiControls', () => {
  it('removes embeddings, overrides and isolates but keeps marks, which cannot unbalance anything', () => {
    expect(
      stripBidiControls('\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069\u200F\u200E'),
    ).toBe('abcdefgh\u200F\u200E');
  });

  it('lets text with a stray closer be wrapped without breaking the wrapper', () => {
    expect(unbalancedIsolates(rtlLine(stripBidiControls(`سؤال${PDI}${PDI} خبيث`)))).toEqual([]);
  });
});
