/**
 * Loads an external passage-retrieval set (passages.jsonl + questions.jsonl)
 * as articles the engine can index: one article per `doc`, its passages as
 * the paragraphs of a single section, gold passages as paragraph ids.
 */
import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Article, Paragraph } from '../src/corpus/article.js';
import { readJson, readJsonl } from './json-files.js';
import type { QualitySummary } from './metrics.js';

const passageSchema = z.object({
  id: z.string().min(1),
  doc: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'doc must be a valid article slug (lowercase letters, digits, -)'),
  title: z.string(),
  text: z.string().regex(/\S/, 'passage text is empty'),
});

const questionSchema = z.object({
  id: z.string().min(1),
  question: z.string().regex(/\S/, 'question is empty'),
  doc: z.string().min(1),
  gold: z.array(z.string()).min(1, 'a question needs at least one gold passage'),
});

const referenceSetting = z
  .object({ questions: z.number(), top1: z.number(), 'recall@3': z.number(), 'mrr@10': z.number() })
  .transform((r) => ({
    questions: r.questions,
    top1: r.top1,
    recallAt3: r['recall@3'],
    mrrAt10: r['mrr@10'],
  }));

const referenceSchema = z.object({
  results: z.object({ within: referenceSetting, across: referenceSetting }),
});

export type PassageRecord = z.infer<typeof passageSchema>;

export interface DatasetQuestion {
  readonly id: string;
  readonly question: string;
  /** Slug of the article the question was asked on. */
  readonly article: string;
  /** Paragraph ids of the gold passages. */
  readonly gold: ReadonlySet<string>;
}

/** The dataset's own BM25 reference run (whitespace tokens), where it ships one. */
export interface ReferenceBaseline {
  readonly within: Omit<QualitySummary, 'abstention'>;
  readonly across: Omit<QualitySummary, 'abstention'>;
}

export interface Dataset {
  /** The folder name, e.g. `arcd`. */
  readonly name: string;
  readonly articles: readonly Article[];
  readonly questions: readonly DatasetQuestion[];
  readonly paragraphOfPassage: ReadonlyMap<string, Paragraph>;
  readonly reference?: ReferenceBaseline;
}

export async function loadDataset(dir: string): Promise<Dataset> {
  const passages = await readJsonl(join(dir, 'passages.jsonl'), passageSchema);
  const questionPath = join(dir, 'questions.jsonl');
  const records = await readJsonl(questionPath, questionSchema);
  const { articles, paragraphOfPassage } = articlesFromPassages(passages);
  const slugs = new Set(articles.map((article) => article.slug));
  const questions = records.map((record): DatasetQuestion => {
    if (!slugs.has(record.doc)) {
      throw new Error(`${questionPath}: question ${record.id} names unknown doc '${record.doc}'`);
    }
    const gold = record.gold.map((passageId) => {
      const paragraph = paragraphOfPassage.get(passageId);
      if (paragraph === undefined) {
        throw new Error(
          `${questionPath}: question ${record.id} has gold passage '${passageId}' not in passages.jsonl`,
        );
      }
      return paragraph.id;
    });
    return { id: record.id, question: record.question, article: record.doc, gold: new Set(gold) };
  });
  const reference = await loadReference(join(dir, 'baseline_bm25.json'));
  return { name: basename(dir), articles, questions, paragraphOfPassage, ...(reference && { reference }) };
}

/** Groups passages by `doc` in file order; an article's title is its first passage's title. */
export function articlesFromPassages(passages: readonly PassageRecord[]): {
  articles: Article[];
  paragraphOfPassage: Map<string, Paragraph>;
} {
  const byDoc = new Map<string, PassageRecord[]>();
  for (const passage of passages) {
    const group = byDoc.get(passage.doc);
    if (group === undefined) byDoc.set(passage.doc, [passage]);
    else group.push(passage);
  }
  const paragraphOfPassage = new Map<string, Paragraph>();
  const articles = [...byDoc].map(([slug, group]): Article => {
    const title = group[0]?.title ?? slug;
    const paragraphs = group.map((passage, position): Paragraph => {
      if (paragraphOfPassage.has(passage.id)) throw new Error(`passage id '${passage.id}' occurs twice`);
      const paragraph = {
        id: `${slug}/0/${position + 1}`,
        articleSlug: slug,
        sectionIndex: 0,
        sectionTitle: title,
        number: position + 1,
        text: passage.text,
      };
      paragraphOfPassage.set(passage.id, paragraph);
      return paragraph;
    });
    return {
      slug,
      title,
      language: 'ar',
      aliases: [],
      sections: [{ index: 0, title, paragraphs }],
      contentHash: digest(paragraphs.map((paragraph) => paragraph.text).join('\n\n')),
    };
  });
  return { articles, paragraphOfPassage };
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

async function loadReference(path: string): Promise<ReferenceBaseline | undefined> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  return exists ? (await readJson(path, referenceSchema)).results : undefined;
}
