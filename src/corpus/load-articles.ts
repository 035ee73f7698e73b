import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './article.js';
import { ArticleFormatError } from './article-format-error.js';
import { decodeUtf8, InvalidUtf8Error } from './decode-utf8.js';
import { parseArticle } from './parse-article.js';
import { isArticleFileName } from './slug.js';

/**
 * Far above any article (the bundled one is 20 KB; a whole book is a few MB),
 * and far below what would exhaust memory while indexing.
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

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
  // A folder is never an article, whatever its name; any other entry named like one (a link, a pipe)
  // is an article someone meant to serve, so it must load or fail the load, not vanish.
  return entries
    .filter((entry) => !entry.isDirectory() && isArticleFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Why `path` cannot be read as an article file, or undefined when it can.
 * Checked before reading because a link to a pipe would block the read
 * forever and a link to a device (/dev/zero) would fill the memory.
 */
async function unreadableReason(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      return 'it is not a regular file (a link to a folder, a pipe or a device); an article is a Markdown file';
    if (info.size > MAX_ARTICLE_BYTES) {
      return `it is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB an article may have`;
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'it is a link to nothing (its target does not exist)';
    if (code === 'ELOOP') return 'it is a link that leads back to itself';
    return (error as Error).message;
  }
}

async function loadArticleFile(path: string): Promise<Article> {
  const reason = await unreadableReason(path);
  if (reason !== undefined) throw new ArticleLoadError(`cannot read the article file '${path}': ${reason}`);
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
