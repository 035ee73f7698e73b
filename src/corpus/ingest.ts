import { type ArticleMeta, validateArticleMeta } from './article-meta.js';
import { segmentRawText } from './segment-raw-text.js';
import { writeArticleMarkdown } from './write-article-markdown.js';

export { IngestError } from './ingest-error.js';

/**
 * Turns a raw article scrape into the Markdown of an article file.
 * Throws `ArticleMetaError` for unusable metadata and `IngestError` (with the
 * raw line) for input it cannot make sense of.
 */
export function ingestRawText(raw: string, meta: ArticleMeta): string {
  const validMeta = validateArticleMeta(meta);
  return writeArticleMarkdown(validMeta, segmentRawText(raw));
}
