import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/corpus/article.js';
import { ArticleLoadError, loadArticles } from '../../src/corpus/load-articles.js';
import { ArticleFormatError } from '../../src/corpus/parse-article.js';
import { useTempDir } from './temp-dir.js';

const articleFile = (title: string) => `---\ntitle: ${title}\nlanguage: ar\n---\n\n## قسم\n\nنص ${title}.\n`;

async function loadFailure(dir: string): Promise<ArticleLoadError> {
  const error = await loadArticles(dir).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof ArticleLoadError) return error;
  throw new Error(`expected an ArticleLoadError, got ${String(error)}`);
}

describe('loadArticles', () => {
  const tempDir = useTempDir();

  it('loads the committed corpus', async () => {
    const articles = await loadArticles(fileURLToPath(new URL('../../data/articles', import.meta.url)));
    expect(articles.map((article) => article.slug)).toContain('kim-putin-alliance');
    for (const article of articles) {
      for (const paragraph of paragraphsOf(article)) {
        expect(paragraph.id.startsWith(`${article.slug}/`)).toBe(true);
        expect(paragraph.articleSlug).toBe(article.slug);
      }
    }
  });

  it('loads every article in file-name order and skips other files', async () => {
    for (const [name, content] of [
      ['zeta.md', articleFile('زيتا')],
      ['alpha.md', articleFile('ألفا')],
      ['mid-2.md', articleFile('وسط')],
      ['notes.txt', 'ليس مقالا'],
      ['.draft.tmp', 'ملف مؤقت'],
    ] as const) {
      await writeFile(join(tempDir(), name), content);
    }
    await mkdir(join(tempDir(), 'folder.md'));

    const articles = await loadArticles(tempDir());
    expect(articles.map((article) => [article.slug, article.title])).toEqual([
      ['alpha', 'ألفا'],
      ['mid-2', 'وسط'],
      ['zeta', 'زيتا'],
    ]);
  });

  it('fails on a missing folder, naming it', async () => {
    const missing = join(tempDir(), 'nowhere');
    const error = await loadFailure(missing);
    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/does not exist/);
  });

  it('fails when the path is a file, not a folder', async () => {
    const file = join(tempDir(), 'article.md');
    await writeFile(file, articleFile('عنوان'));
    expect((await loadFailure(file)).message).toMatch(/not a folder/);
  });

  it('fails on a folder without articles', async () => {
    await writeFile(join(tempDir(), 'readme.txt'), 'لا مقالات هنا');
    const error = await loadFailure(tempDir());
    expect(error.message).toContain(tempDir());
    expect(error.message).toMatch(/holds no article/);
  });

  it('fails on a malformed file, naming the file and line', async () => {
    await writeFile(join(tempDir(), 'good.md'), articleFile('جيد'));
    await writeFile(join(tempDir(), 'bad.md'), '---\ntitle: سيئ\nlanguage: en\n---\n## قسم\nنص.\n');
    const error = await loadFailure(tempDir());
    expect(error.message).toBe(
      `${join(tempDir(), 'bad.md')}:3: language must be 'ar', the only language iqtibas analyzes`,
    );
    expect(error.cause).toBeInstanceOf(ArticleFormatError);
  });

  it('fails on a file name that is not a slug', async () => {
    await writeFile(join(tempDir(), 'Bad Name.md'), articleFile('عنوان'));
    expect((await loadFailure(tempDir())).message).toContain('Bad Name.md');
  });

  it('rejects two files with the same slug', async (context) => {
    await writeFile(join(tempDir(), 'twin.md'), articleFile('أول'));
    await writeFile(join(tempDir(), 'twin.MD'), articleFile('ثان'));
    // On a case-insensitive file system the second write replaced the first: there is no duplicate to find.
    if ((await readdir(tempDir())).length < 2) context.skip();

    const error = await loadFailure(tempDir());
    expect(error.message).toMatch(/same slug 'twin'/);
    expect(error.message).toContain('twin.md');
    expect(error.message).toContain('twin.MD');
  });
});
