/**
 * Guards the evaluation question sets (test/fixtures/seed-questions*.json)
 * against the raw seed article, so a benchmark score always measures the
 * engine and never a broken fixture. Deliberately imports nothing from the
 * project: the sets must stay an independent measure of the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const KINDS = [
  'direct',
  'morphology',
  'synonym',
  'spelling',
  'typo',
  'diacritics',
  'tatweel',
  'digits',
  'dialect-egyptian',
  'dialect-levantine',
  'dialect-gulf',
  'keywords',
  'invisible',
  'off-topic',
] as const;
type Kind = (typeof KINDS)[number];

interface Question {
  readonly question: string;
  readonly kind: Kind;
  readonly answer: string | null;
}

const DEV_MINIMUMS: Readonly<Record<Kind, number>> = {
  direct: 8,
  morphology: 10,
  synonym: 12,
  spelling: 12,
  typo: 10,
  diacritics: 6,
  tatweel: 5,
  digits: 6,
  'dialect-egyptian': 8,
  'dialect-levantine': 8,
  'dialect-gulf': 8,
  keywords: 8,
  invisible: 5,
  'off-topic': 30,
};
const DEV_MIN_ANSWERABLE = 130;
const DEV_MIN_PER_PARAGRAPH = 3;
const HOLDOUT_MIN_ANSWERABLE = 45;
const HOLDOUT_MIN_OFF_TOPIC = 15;
const ANSWER_WORDS = { min: 3, max: 10 };
const KEYWORD_WORDS = { min: 2, max: 4 };

const SEED_PARAGRAPH_COUNT = 20;
const ARTIFACT_LINE = 'اظهار أخبار متعلقة';
const SECTION_HEADINGS = new Set(['موقفها من الحرب', 'العلاقات الاقتصادية', 'العلاقة تاريخيا']);
// The scraper hard-wrapped these paragraphs: each of these 1-based raw lines continues the line above it.
const CONTINUATION_LINES = new Set([2, 4, 9]);

const HARAKAT = /[\u064B-\u0652]/;
const TATWEEL = /\u0640/;
const NON_ASCII_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;
const INVISIBLE_MARKS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/**
 * Each of these kinds exists to test one character-level quirk, so the quirk must appear in
 * every question of that kind and nowhere else; otherwise a kind's score would blur into another's.
 */
const KIND_SIGNATURES: ReadonlyArray<readonly [Kind, RegExp]> = [
  ['diacritics', HARAKAT],
  ['tatweel', TATWEEL],
  ['digits', NON_ASCII_DIGITS],
  ['invisible', INVISIBLE_MARKS],
];

function readText(relativePath: string): string {
  return readFileSync(new URL(relativePath, import.meta.url), 'utf8');
}

function seedParagraphs(): string[] {
  const paragraphs: string[] = [];
  readText('../data/raw/000_b26cdf5148d532d7.txt')
    .split('\n')
    .forEach((rawLine, index) => {
      const line = rawLine.trim();
      if (line === '' || line === ARTIFACT_LINE || SECTION_HEADINGS.has(line)) return;
      const previous = CONTINUATION_LINES.has(index + 1) ? paragraphs.pop() : undefined;
      paragraphs.push(previous === undefined ? line : `${previous} ${line}`);
    });
  return paragraphs;
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** Validates the shape of every entry and names the offending entry when one is wrong. */
function loadQuestions(relativePath: string): Question[] {
  const parsed: unknown = JSON.parse(readText(relativePath));
  if (!Array.isArray(parsed)) throw new Error(`${relativePath}: expected a JSON array`);
  return parsed.map((entry: unknown, index) => {
    const where = `${relativePath} entry ${index}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: not an object`);
    const { question, kind, answer } = entry as Record<string, unknown>;
    if (typeof question !== 'string' || question.trim() === '') {
      throw new Error(`${where}: question must be a non-empty string`);
    }
    if (!isKind(kind)) throw new Error(`${where} (${question}): unknown kind ${String(kind)}`);
    if (answer !== null && typeof answer !== 'string') {
      throw new Error(`${where} (${question}): answer must be a string or null`);
    }
    return { question, kind, answer };
  });
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Wording with the character-level quirks removed, so a mere re-vowelling does not count as a new question. */
function duplicateKey(question: string): string {
  return question
    .replace(new RegExp(HARAKAT.source, 'g'), '')
    .replace(new RegExp(TATWEEL.source, 'g'), '')
    .replace(new RegExp(INVISIBLE_MARKS.source, 'g'), '')
    .replace(/[؟?!.،,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function paragraphsContaining(paragraphs: readonly string[], phrase: string): number[] {
  return paragraphs.flatMap((paragraph, index) => (paragraph.includes(phrase) ? [index] : []));
}

function countBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const paragraphs = seedParagraphs();
// Reviews 1 to 34; a new set raises the count.
const REVIEW_SET_COUNT = 34;
const REVIEW_SETS = Array.from({ length: REVIEW_SET_COUNT }, (_, n) => `review-${n + 1}`);
const sets: Record<string, Question[]> = {
  dev: loadQuestions('./fixtures/seed-questions.json'),
  ...Object.fromEntries(
    REVIEW_SETS.map((name) => [name, loadQuestions(`./fixtures/seed-questions-${name}.json`)]),
  ),
};

describe('seed paragraphs', () => {
  it('rebuilds the article into its 20 paragraphs', () => {
    expect(paragraphs).toHaveLength(SEED_PARAGRAPH_COUNT);
    expect(paragraphs.some((paragraph) => paragraph.includes(ARTIFACT_LINE))).toBe(false);
  });
});

describe.each(Object.entries(sets))('%s question set', (_name, questions) => {
  const answerable = questions.filter((entry) => entry.kind !== 'off-topic');

  it('has an answer exactly when the question is on topic', () => {
    const mismatched = questions.filter((entry) => (entry.kind === 'off-topic') !== (entry.answer === null));
    expect(mismatched).toEqual([]);
  });

  it('quotes each answer verbatim from exactly one paragraph', () => {
    const problems = answerable.flatMap(({ question, answer }) => {
      const hits = paragraphsContaining(paragraphs, answer ?? '');
      const numbers = hits.map((index) => index + 1).join(', ');
      return hits.length === 1 ? [] : [`${question} → "${answer}" found in paragraphs [${numbers}]`];
    });
    expect(problems).toEqual([]);
  });

  it('keeps each answer a short, trimmed phrase', () => {
    const outOfRange = answerable.filter(({ answer }) => {
      const words = wordCount(answer ?? '');
      return answer !== answer?.trim() || words < ANSWER_WORDS.min || words > ANSWER_WORDS.max;
    });
    expect(outOfRange).toEqual([]);
  });

  it('never asks the answer phrase itself', () => {
    const copied = answerable.filter(({ question, answer }) => duplicateKey(question).includes(answer ?? ''));
    expect(copied).toEqual([]);
  });

  it.each(KIND_SIGNATURES)('shows the %s quirk in every question of that kind', (kind, signature) => {
    const missing = questions.filter((entry) => entry.kind === kind && !signature.test(entry.question));
    expect(missing).toEqual([]);
  });

  it('writes keyword questions as a few bare words', () => {
    const malformed = questions.filter(({ kind, question }) => {
      if (kind !== 'keywords') return false;
      const words = wordCount(question);
      return words < KEYWORD_WORDS.min || words > KEYWORD_WORDS.max || /[؟?]/.test(question);
    });
    expect(malformed).toEqual([]);
  });

  it('has no duplicate questions', () => {
    const repeated = [...countBy(questions, (entry) => duplicateKey(entry.question))].filter(
      ([, count]) => count > 1,
    );
    expect(repeated).toEqual([]);
  });
});

describe('development set', () => {
  const questions = sets.dev ?? [];
  const kindCounts = countBy(questions, (entry) => entry.kind);

  it.each(KINDS)('has enough %s questions', (kind) => {
    expect(kindCounts.get(kind) ?? 0).toBeGreaterThanOrEqual(DEV_MINIMUMS[kind]);
  });

  // The later sets let a shadda or a Persian digit slip into other kinds, as people write.
  it.each(KIND_SIGNATURES)('shows the %s quirk only in questions of that kind', (kind, signature) => {
    const misplaced = questions.filter((entry) => entry.kind !== kind && signature.test(entry.question));
    expect(misplaced).toEqual([]);
  });

  it(`has at least ${DEV_MIN_ANSWERABLE} answerable questions`, () => {
    const answerable = questions.filter((entry) => entry.answer !== null);
    expect(answerable.length).toBeGreaterThanOrEqual(DEV_MIN_ANSWERABLE);
  });

  it(`answers with every paragraph at least ${DEV_MIN_PER_PARAGRAPH} times`, () => {
    const perParagraph = countBy(
      questions.filter((entry) => entry.answer !== null),
      (entry) => paragraphsContaining(paragraphs, entry.answer ?? '')[0] ?? -1,
    );
    const thin = paragraphs
      .map((_paragraph, index) => ({ paragraph: index + 1, questions: perParagraph.get(index) ?? 0 }))
      .filter((coverage) => coverage.questions < DEV_MIN_PER_PARAGRAPH);
    expect(thin).toEqual([]);
  });
});

// Written later, each by its own session, as holdouts (see test/search/quality.test.ts).
describe('the review sets', () => {
  it('are every review file in test/fixtures, so that none escapes validation', () => {
    const files = readdirSync(new URL('./fixtures/', import.meta.url))
      .filter((file) => file.startsWith('seed-questions-review-'))
      .map((file) => file.replace(/^seed-questions-(.*)\.json$/, '$1'));
    expect(files.sort()).toEqual([...REVIEW_SETS].sort());
  });
});

describe.each(REVIEW_SETS)('%s set', (name) => {
  const questions = sets[name] ?? [];

  it('exercises every kind', () => {
    const kindCounts = countBy(questions, (entry) => entry.kind);
    expect(KINDS.filter((kind) => !kindCounts.has(kind))).toEqual([]);
  });

  it('has enough answerable and off-topic questions', () => {
    const offTopic = questions.filter((entry) => entry.answer === null).length;
    expect(questions.length - offTopic).toBeGreaterThanOrEqual(HOLDOUT_MIN_ANSWERABLE);
    expect(offTopic).toBeGreaterThanOrEqual(HOLDOUT_MIN_OFF_TOPIC);
  });

  it('shares no question with the development set', () => {
    const devKeys = new Set(sets.dev?.map((entry) => duplicateKey(entry.question)));
    const shared = questions.filter((entry) => devKeys.has(duplicateKey(entry.question)));
    expect(shared).toEqual([]);
  });
});
