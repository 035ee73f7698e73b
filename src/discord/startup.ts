import dotenv from 'dotenv';
import type { Article } from '../corpus/article.js';
import { ArticleLoadError, loadArticles } from '../corpus/load-articles.js';
import { type BotConfig, formatConfigProblems, parseConfig } from './config.js';

/**
 * What every entry point does first. A problem here is the operator's to
 * fix, so it is reported as one readable message on stderr with exit code 1:
 * no stack trace, and never a configured value.
 */

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** `.env` (if any) under the real environment, validated. */
export function readConfig(): BotConfig {
  // quiet: dotenv would otherwise print a banner to stdout, which holds JSON log lines only.
  dotenv.config({ quiet: true });
  const result = parseConfig(process.env);
  if (!result.ok) exitWith(formatConfigProblems(result.problems));
  return result.config;
}

export async function readArticles(dir: string): Promise<Article[]> {
  try {
    return await loadArticles(dir);
  } catch (error) {
    if (!(error instanceof ArticleLoadError)) throw error;
    return exitWith(
      `iqtibas cannot start: ${error.message}.\nSet ARTICLES_DIR, or add articles with npm run ingest.`,
    );
  }
}
