import { type core, z } from 'zod';
import type { AliasGroup } from './article.js';
import { nonTextProblem } from './text-characters.js';

/** What an article's front matter says about it, apart from the language, which is always Arabic. */
export interface ArticleMeta {
  readonly title: string;
  readonly source?: string;
  readonly aliases?: readonly AliasGroup[];
}

export const ARTICLE_LANGUAGE = 'ar';

const isNotBlank = (text: string): boolean => text.trim() !== '';

/** Metadata is shown to users like the body, so it obeys the same character rules (YAML escapes included). */
const isText = (key: string) => (text: string, context: z.RefinementCtx) => {
  const problem = nonTextProblem(text);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: `${key} ${problem}` });
};

const requiredString = (key: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${key} is required` : `${key} must be a string`),
    })
    .refine(isNotBlank, `${key} must not be blank`)
    .superRefine(isText(key));

const aliasGroup = z
  .array(requiredString('an alias name'), { error: 'an alias group must be a list of names' })
  .min(2, 'an alias group needs at least two names that stand for one another');

export const frontMatterSchema = z.strictObject(
  {
    title: requiredString('title'),
    source: z.string({ error: 'source must be a string' }).superRefine(isText('source')).optional(),
    language: z.literal(ARTICLE_LANGUAGE, {
      error: (issue) =>
        issue.input === undefined
          ? `language is required (language: ${ARTICLE_LANGUAGE})`
          : `language must be '${ARTICLE_LANGUAGE}', the only language iqtibas analyzes`,
    }),
    aliases: z.array(aliasGroup, { error: 'aliases must be a list of alias groups' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front matter key '${issue.keys[0]}'`
        : 'the front matter must be a YAML mapping of keys to values',
  },
);

const articleMetaSchema = frontMatterSchema.omit({ language: true });

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** One line describing a schema issue; nested issues say where they are, since the message alone cannot. */
export function describeMetaIssue(issue: core.$ZodIssue): string {
  return issue.path.length > 1 ? `${issue.message} (at ${formatPath(issue.path)})` : issue.message;
}

/** Raised when the metadata given for a new article would not make a valid front matter. */
export class ArticleMetaError extends Error {
  override readonly name = 'ArticleMetaError';
}

/** Checks metadata against the same rules the front matter is read with, so ingest never writes an article that cannot be loaded. */
export function validateArticleMeta(meta: ArticleMeta): ArticleMeta {
  const result = articleMetaSchema.safeParse(meta);
  if (result.success) return result.data;
  throw new ArticleMetaError(result.error.issues.map(describeMetaIssue).join('; '));
}
