import { describe, expect, it } from 'vitest';
import {
  leavesRoleUnnamed,
  NAME_LIKE,
  nameFormKinds,
  RELATIVE,
  roleUnknownToCorpus,
} from '../../src/search/named-role.js';
import type { PassageEvidence } from '../../src/search/passage-evidence.js';
import { personNameForms } from '../../src/search/person-names.js';
import { buildSearchIndex } from '../../src/search/search-index.js';
import { makeArticle } from '../discord/helpers/articles.js';

/** The article with the alias group of its capital, as front matter would declare it. */
function withAliases(spec: Parameters<typeof makeArticle>[0]) {
  return { ...makeArticle(spec), aliases: [['كوريا الشمالية', 'بيونغيانغ']] };
}

const index = buildSearchIndex([
  withAliases({
    sections: [
      [
        'مقدمة',
        [
          'زار وزير الدفاع الروسي سيرغي شويغو بيونغيانغ، ونقل رسالة من وزارة الخارجية.',
          'قال مسؤول بالأمن القومي الأمريكي إن الزعيم الكوري قد يجتمع بنظيره.',
          'ورحب الروسي بالزيارة.',
          'اعترفت الحكومة بالمناطق التي تطالب بها روسيا.',
          'تشكلت الدولة بدعم من الاتحاد السوفييتي.',
          'استقبل فلاديمير بوتين الوفد في الكرملين.',
        ],
      ],
    ],
  }),
]);
const nameLike = nameFormKinds(index);
const personNames = personNameForms(index, (form) => nameLike[form] === NAME_LIKE);
const kindOf = (word: string) => nameLike[index.wordFormIds.get(word) ?? -1];
const isNameLike = (word: string) => kindOf(word) === NAME_LIKE;

/** Evidence where each word of the passage listed in `groupOfWord` matches that group, and no other word matches. */
function evidenceOf(passageIndex: number, groupOfWord: Record<string, number>): PassageEvidence {
  const passage = index.passages[passageIndex];
  if (!passage) throw new Error('no passage');
  const words = Array.from(
    index.tokens.subarray(passage.tokenStart, passage.tokenEnd),
    (form) => index.words[form] ?? '',
  );
  return {
    wordGroups: Int16Array.from(words, (word) => groupOfWord[word] ?? -1),
    wordStrengths: Float32Array.from(words, (word) => (word in groupOfWord ? 1 : 0)),
    sentenceBounds: [0, words.length],
  };
}

const MINISTER = { role: 0, qualifiers: [1] };

describe('nameFormKinds', () => {
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

  it('marks relative pronouns, after which a clause tells something of a word rather than naming it', () => {
    expect(kindOf('التي')).toBe(RELATIVE);
    expect(kindOf('روسيا')).toBe(NAME_LIKE);
  });
});

describe('leavesRoleUnnamed', () => {
  const noTitle = () => false;

  it('is false where a name follows the role and the word saying which role is beside it', () => {
    const evidence = evidenceOf(0, { وزير: 0, الدفاع: 1 });
    expect(leavesRoleUnnamed(index, nameLike, personNames, 0, evidence, noTitle, MINISTER)).toBe(false);
  });

  it('is true where the passage mentions the role and names no one in it', () => {
    const evidence = evidenceOf(1, { مسءول: 0 });
    expect(
      leavesRoleUnnamed(index, nameLike, personNames, 1, evidence, noTitle, { role: 0, qualifiers: [] }),
    ).toBe(true);
  });

  it('is true where the passage names the holder of another role (the defence minister, asked the foreign one)', () => {
    const evidence = evidenceOf(0, { وزير: 0 });
    expect(leavesRoleUnnamed(index, nameLike, personNames, 0, evidence, noTitle, MINISTER)).toBe(true);
  });

  it('is true where the word saying which role stands far from the named role', () => {
    // "وزارة الخارجية" ends the sentence; the minister named at its start is the defence minister.
    const evidence = evidenceOf(0, { وزير: 0, الخارجيه: 1 });
    expect(leavesRoleUnnamed(index, nameLike, personNames, 0, evidence, noTitle, MINISTER)).toBe(true);
  });

  it('takes the word saying which role from the passage’s title as well (the head of the union the article is about)', () => {
    const evidence = evidenceOf(0, { وزير: 0 });
    expect(
      leavesRoleUnnamed(index, nameLike, personNames, 0, evidence, (group) => group === 1, MINISTER),
    ).toBe(false);
  });

  it('does not rule out a passage that never mentions the role but names someone, who may hold it', () => {
    const evidence = evidenceOf(5, {});
    expect(leavesRoleUnnamed(index, nameLike, personNames, 5, evidence, noTitle, MINISTER)).toBe(false);
  });

  it('is true where the passage never mentions the role and names no one at all', () => {
    // تشكلت and بدعم are never written with the article either, but they are words, not names.
    const evidence = evidenceOf(4, { السوفييتي: 1 });
    expect(leavesRoleUnnamed(index, nameLike, personNames, 4, evidence, noTitle, MINISTER)).toBe(true);
  });
});

describe('roleUnknownToCorpus', () => {
  const group = (word: string, termIds: number[]) => ({
    word,
    terms: termIds.map((termId) => ({ termId, weight: 1 })),
    framing: false,
  });

  it('says so when the question’s role word has no reading in the index', () => {
    const groups = [group('الامين', []), group('العام', [3])];
    expect(roleUnknownToCorpus(groups, { role: 0, qualifiers: [1] })).toBe(true);
  });

  it('does not when the role word has some reading the index holds', () => {
    const groups = [group('وزير', [7]), group('الخارجيه', [])];
    expect(roleUnknownToCorpus(groups, { role: 0, qualifiers: [1] })).toBe(false);
  });
});

describe('personNameForms', () => {
  const isPersonName = (word: string) => personNames.has(index.wordFormIds.get(word) ?? -1);

  it('takes names for names', () => {
    expect(isPersonName('شويغو')).toBe(true);
    expect(isPersonName('فلاديمير')).toBe(true);
  });

  it('does not take words the lexicons list, countries, alias names, stop words or words with the article', () => {
    expect(isPersonName('تشكلت')).toBe(false);
    expect(isPersonName('بدعم')).toBe(false);
    expect(isPersonName('روسيا')).toBe(false);
    expect(isPersonName('بيونغيانغ')).toBe(false);
    expect(isPersonName('من')).toBe(false);
    expect(isPersonName('السوفييتي')).toBe(false);
  });
});
