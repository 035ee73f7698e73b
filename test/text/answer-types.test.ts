import { describe, expect, it } from 'vitest';
import { canHoldAnswer, expectedAnswerType } from '../../src/text/answer-types.js';
import { tokenize } from '../../src/text/tokenize.js';

const holds = (text: string, type: 'number' | 'time') =>
  tokenize(text).some((word) => canHoldAnswer(word, type));

describe('answer types', () => {
  it.each([
    ['كم عدد العمال؟', 'number'],
    ['قديش عامل بدها روسيا؟', 'number'],
    ['متى التقى كيم وبوتين؟', 'time'],
    ['إمتى اتأسست كوريا الشمالية؟', 'time'],
    ['من هو شويغو؟', undefined],
  ])('%s asks for %s', (question, type) => {
    expect(expectedAnswerType(tokenize(question))).toBe(type);
  });

  it('finds numbers and dates in passages', () => {
    expect(holds('ما بين 20 ألفا و50 ألف عامل', 'number')).toBe(true);
    expect(holds('في تموز/ يوليو الماضي', 'time')).toBe(true);
    expect(holds('في التسعينيات', 'time')).toBe(true);
    expect(holds('العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة', 'number')).toBe(false);
    expect(holds('العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة', 'time')).toBe(false);
  });
});
