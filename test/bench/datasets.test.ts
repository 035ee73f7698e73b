import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../bench/datasets.js';

const jsonl = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).join('\n');

const passages = [
  { id: 'x-d0-p0', doc: 'x-d0', title: 'أول', text: 'نص الفقرة الأولى.' },
  { id: 'x-d1-p0', doc: 'x-d1', title: 'ثان', text: 'فقرة وحيدة.' },
  { id: 'x-d0-p1', doc: 'x-d0', title: 'أول (2)', text: ' نص الفقرة الثانية. ' },
];
const questions = [
  {
    id: 'q1',
    question: 'ما الأولى؟',
    doc: 'x-d0',
    gold: ['x-d0-p0', 'x-d0-p1'],
    answer: 'الأولى',
    split: 'dev',
  },
  { id: 'q2', question: 'ما الوحيدة؟', doc: 'x-d1', gold: ['x-d1-p0'] },
];

describe('loadDataset', () => {
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-dataset-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(passageLines: string, questionLines: string): Promise<void> {
    await writeFile(join(dir, 'passages.jsonl'), passageLines);
    await writeFile(join(dir, 'questions.jsonl'), questionLines);
  }

  it('makes one article per doc, its passages the paragraphs of one section, in file order', async () => {
    await write(`${jsonl(passages)}\n\n`, jsonl(questions));
    const dataset = await loadDataset(dir);
    expect(dataset.articles.map((article) => article.slug)).toEqual(['x-d0', 'x-d1']);
    const [first] = dataset.articles;
    expect(first?.title).toBe('أول');
    expect(first?.sections).toHaveLength(1);
    expect(first?.sections[0]?.paragraphs.map((p) => [p.id, p.number, p.sectionTitle, p.text])).toEqual([
      ['x-d0/0/1', 1, 'أول', 'نص الفقرة الأولى.'],
      ['x-d0/0/2', 2, 'أول', ' نص الفقرة الثانية. '],
    ]);
    expect(dataset.paragraphOfPassage.get('x-d0-p1')?.id).toBe('x-d0/0/2');
    expect(dataset.paragraphOfPassage.size).toBe(3);
  });

  it('turns gold passage ids into paragraph ids and keeps the question text as given', async () => {
    await write(jsonl(passages), jsonl(questions));
    const dataset = await loadDataset(dir);
    expect(dataset.questions.map((q) => [q.id, q.question, q.article, [...q.gold]])).toEqual([
      ['q1', 'ما الأولى؟', 'x-d0', ['x-d0/0/1', 'x-d0/0/2']],
      ['q2', 'ما الوحيدة؟', 'x-d1', ['x-d1/0/1']],
    ]);
  });

  it('is named after its folder and reads the reference BM25 figures when present', async () => {
    await write(jsonl(passages), jsonl(questions));
    expect((await loadDataset(dir)).reference).toBeUndefined();
    const setting = { questions: 2, top1: 0.5, 'hit@3': 1, 'recall@3': 0.75, 'mrr@10': 0.6 };
    await writeFile(
      join(dir, 'baseline_bm25.json'),
      JSON.stringify({ results: { within: setting, across: setting } }),
    );
    const dataset = await loadDataset(dir);
    expect(dataset.name).toBe(dir.split('/').at(-1));
    expect(dataset.reference?.across).toEqual({ questions: 2, top1: 0.5, recallAt3: 0.75, mrrAt10: 0.6 });
  });

  it('names the file and line of a line that is not JSON', async () => {
    await write(`${jsonl(passages)}\n{"id": `, jsonl(questions));
    await expect(loadDataset(dir)).rejects.toThrow(/passages\.jsonl:4: not valid JSON/);
  });

  it('rejects a doc id that cannot be an article slug', async () => {
    await write(jsonl([{ ...passages[0], doc: 'X D0' }]), jsonl([]));
    await expect(loadDataset(dir)).rejects.toThrow(/passages\.jsonl:1:.*slug/s);
  });

  it('rejects a gold passage that is not in passages.jsonl', async () => {
    await write(jsonl(passages), jsonl([{ ...questions[1], gold: ['x-d9-p0'] }]));
    await expect(loadDataset(dir)).rejects.toThrow(/question q2 has gold passage 'x-d9-p0'/);
  });

  it('rejects a passage id used twice', async () => {
    await write(jsonl([...passages, passages[1]]), jsonl([]));
    await expect(loadDataset(dir)).rejects.toThrow(/'x-d1-p0' occurs twice/);
  });

  it('says which file is missing', async () => {
    await expect(loadDataset(join(dir, 'absent'))).rejects.toThrow(/cannot read .*passages\.jsonl: ENOENT/);
  });
});
