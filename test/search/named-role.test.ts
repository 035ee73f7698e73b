import { describe, expect, it } from 'vitest';
import { leavesRoleUnnamed, nameLikeForms } from '../../src/search/named-role.js';
import type { PassageEvidence } from '../../src/search/passage-evidence.js';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { makeArticle } from '../discord/helpers/articles.js';

const index = buildSearchIndex([
  makeArticle({
    sections: [
      [
        'مقدمة',
        [
          'زار وزير الدفاع الروسي سيرغي شويغو بيونغيانغ.',
          'قال مسؤول بالأمن القومي الأمريكي إن الزعيم الكوري قد يجتمع بنظيره.',
          'ورحب الروسي بالزيارة.',
        ],
      ],
    ],
  }),
]);
const nameLike = nameLikeForms(index);
const isNameLike = (word: string) => nameLike[index.wordFormIds.get(word) ?? -1] === 1;

/** Evidence where the words of the passage equal to `roleWord` match group 0, and nothing else does. */
function evidenceOf(passageIndex: number, roleWord: string): PassageEvidence {
  const passage = index.passages[passageIndex];
  if (!passage) throw new Error('no passage');
  const words = Array.from(
    index.tokens.subarray(passage.tokenStart, passage.tokenEnd),
    (form) => index.words[form],
  );
  return {
    wordGroups: Int16Array.from(words, (word) => (word === roleWord ? 0 : -1)),
    wordStrengths: Float32Array.from(words, (word) => (word === roleWord ? 1 : 0)),
    sentenceBounds: [0, words.length],
  };
}

describe('nameLikeForms', () => {
  it('takes words the corpus never writes with the article for possible names', () => {
    expect(isNameLike('شويغو')).toBe(true);
    expect(isNameLike('سيرغي')).toBe(true);
  });

  it('does not take words with the article, words the corpus also writes with it, or stop words', () => {
    expect(isNameLike('الروسي')).toBe(false);
    expect(isNameLike('روسي')).toBe(false);
    expect(isNameLike('بالامن')).toBe(false);
    expect(isNameLike('ان')).toBe(false);
  });
});

describe('leavesRoleUnnamed', () => {
  it('is false where a name follows the role', () => {
    expect(leavesRoleUnnamed(index, nameLike, 0, evidenceOf(0, 'وزير'), 0)).toBe(false);
  });

  it('is true where the passage mentions the role and names no one in it', () => {
    expect(leavesRoleUnnamed(index, nameLike, 1, evidenceOf(1, 'مسءول'), 0)).toBe(true);
  });

  it('does not judge a passage that never mentions the role', () => {
    expect(leavesRoleUnnamed(index, nameLike, 2, evidenceOf(2, 'وزير'), 0)).toBe(false);
  });
});
