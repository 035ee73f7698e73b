import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.js';
import { ArticleFormatError } from './article-format-error.js';
import { decodeUtf8, InvalidUtf8Error } from './decode-utf8.js';
import { parseArticle } from './parse-article.js';
import { isArticleFileName } from './slug.js';

/** Raised when the article folder cannot give a usable corpus; a malformed file's `ArticleFormatError` is the `cause`. */
export class ArticleLoadError extends Error {
  override readonly name = 'ArticleLoadError';
}

async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'ENOTDIR'
          ? 'it is not a folder'
          : (error as Error).message;
    throw new ArticleLoadError(`cannot read the article folder '${dir}': ${reason}`, { cause: error });
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isArticleFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

async function loadArticleFile(path: string): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ArticleLoadError(`cannot read the article file '${path}': ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return parseArticle(decodeArticleBytes(bytes, path), path);
  } catch (error) {
    throw new ArticleLoadError((error as Error).message, { cause: error });
  }
}

function decodeArticleBytes(bytes: Uint8Array, path: string): string {
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw new ArticleFormatError(path, error.line, error.message);
    throw error;
  }
}

/**
 * Loads every `<slug>.md` in `dir`, in file-name order so the corpus (and
 * everything ranked from it) is the same on every machine. Any unusable file
 * fails the whole load: a bot quietly missing an article is worse than one
 * that refuses to start.
 */
export async function loadArticles(dir: string): Promise<Article[]> {
  const fileNames = await listArticleFiles(dir);
  if (fileNames.length === 0) {
    throw new ArticleLoadError(`the article folder '${dir}' holds no article (no <slug>.md file)`);
  }
  const articles: Article[] = [];
  const fileBySlug = new Map<string, string>();
  for (const fileName of fileNames) {
    const path = join(dir, fileName);
    const article = await loadArticleFile(path);
    const earlier = fileBySlug.get(article.slug);
    if (earlier !== undefined) {
      throw new ArticleLoadError(`'${path}' has the same slug '${article.slug}' as '${earlier}'`);
    }
    fileBySlug.set(article.slug, path);
    articles.push(article);
  }
  return articles;
}
