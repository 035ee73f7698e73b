import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngestCli } from '../../src/cli/ingest.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { useTempDir } from './temp-dir.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RAW =
  'مقدمة الخبر هنا وهي جملة طويلة تمتد على\nسطرين اثنين.\nاظهار أخبار متعلقة\nالخلفية\nنص الخلفية.\n';

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runIngestCli(argv, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

describe('the ingest command', () => {
  const tempDir = useTempDir();
  const rawPath = () => join(tempDir(), 'raw.txt');
  const target = () => join(tempDir(), 'out', 'sample.md');
  const ingestArgs = (...extra: string[]) => [
    rawPath(),
    '--slug',
    'sample',
    '--title',
    'عنوان المقال',
    '--out',
    join(tempDir(), 'out'),
    ...extra,
  ];

  it('writes <out>/<slug>.md that loads back with the given metadata', async () => {
    await writeFile(rawPath(), RAW);
    const result = await run(
      ingestArgs('--source', 'رويترز', '--alias', 'روسيا,موسكو', '--alias', 'الصين، بكين'),
    );
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(result.stdout.join('\n')).toContain(target());

    const article = parseArticle(await readFile(target(), 'utf8'), target());
    expect(article).toMatchObject({
      title: 'عنوان المقال',
      source: 'رويترز',
      aliases: [
        ['روسيا', 'موسكو'],
        ['الصين', 'بكين'],
      ],
    });
    expect(article.sections.map((section) => section.title)).toEqual(['مقدمة', 'الخلفية']);
  });

  it('refuses to overwrite an existing article without --force', async () => {
    await writeFile(rawPath(), RAW);
    expect((await run(ingestArgs())).code).toBe(0);
    const first = await readFile(target(), 'utf8');

    const second = await run(ingestArgs('--title', 'عنوان آخر'));
    expect(second.code).toBe(1);
    expect(second.stderr).toHaveLength(1);
    expect(second.stderr[0]).toContain(target());
    expect(second.stderr[0]).toContain('--force');
    expect(await readFile(target(), 'utf8')).toBe(first);
  });

  it('overwrites with --force and leaves no temporary file behind', async () => {
    await writeFile(rawPath(), RAW);
    expect((await run(ingestArgs())).code).toBe(0);
    expect((await run(ingestArgs('--title', 'عنوان جديد', '--force'))).code).toBe(0);

    expect(parseArticle(await readFile(target(), 'utf8'), target()).title).toBe('عنوان جديد');
    expect(await readdir(join(tempDir(), 'out'))).toEqual(['sample.md']);
  });

  it('fails with exit code 1 naming the raw file and line of unusable input, writing nothing', async () => {
    await writeFile(rawPath(), 'جملة أولى.\nعنوان بلا فقرة\n');
    const result = await run(ingestArgs());
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `ingest: ${rawPath()}:2: the heading 'عنوان بلا فقرة' has no paragraph after it`,
    ]);
    await expect(readdir(join(tempDir(), 'out'))).rejects.toThrow();
  });

  it('fails with exit code 1 on a missing raw file', async () => {
    const result = await run(ingestArgs());
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toContain(rawPath());
  });

  it('names the raw file and line of bytes that are not UTF-8', async () => {
    await writeFile(rawPath(), Buffer.concat([Buffer.from('جملة أولى.\n'), Buffer.from([0xe4, 0xd5, 0x2e])]));
    const result = await run(ingestArgs());
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^ingest: .*raw\.txt:2: the byte 0xE4 is not valid UTF-8/);
  });

  describe('never destroys an existing article, even with --force', () => {
    const outDir = () => join(tempDir(), 'out');
    const EXISTING = '---\ntitle: مقال قائم\nlanguage: ar\n---\n\n## قسم\n\nنص قائم لا يمس.\n';

    async function withExistingArticle(): Promise<void> {
      await mkdir(outDir(), { recursive: true });
      await writeFile(target(), EXISTING);
    }

    /** The article is byte for byte what it was, and nothing else (no temporary file) is in its folder. */
    async function expectUntouched(): Promise<void> {
      expect(await readFile(target(), 'utf8')).toBe(EXISTING);
      expect(await readdir(outDir())).toEqual(['sample.md']);
    }

    it.each([
      { name: 'raw input it cannot parse', raw: 'جملة أولى.\nعنوان بلا فقرة\n', problem: /raw\.txt:2: / },
      { name: 'a NUL byte in the raw input', raw: 'جملة\u0000.\n', problem: /raw\.txt:1: .*NUL/ },
      { name: 'a missing raw file', raw: undefined, problem: /cannot read the raw text file/ },
    ])('on $name', async ({ raw, problem }) => {
      await withExistingArticle();
      if (raw !== undefined) await writeFile(rawPath(), raw);

      const result = await run(ingestArgs('--force'));
      expect(result.code).toBe(1);
      expect(result.stderr[0]).toMatch(problem);
      await expectUntouched();
    });

    it('on metadata it refuses', async () => {
      await withExistingArticle();
      await writeFile(rawPath(), RAW);
      expect((await run(ingestArgs('--force', '--alias', 'روسيا'))).code).toBe(2);
      await expectUntouched();
    });

    it('when the target is a folder, leaving no temporary file', async () => {
      await writeFile(rawPath(), RAW);
      await mkdir(join(target(), 'inside'), { recursive: true });

      const result = await run(ingestArgs('--force'));
      expect(result.code).toBe(1);
      expect(result.stderr).toEqual([
        expect.stringMatching(/^ingest: cannot write .*sample\.md: .*nothing was changed/),
      ]);
      expect(await readdir(outDir())).toEqual(['sample.md']);
      expect(await readdir(target())).toEqual(['inside']);
    });

    it('in a read-only folder', async (context) => {
      await withExistingArticle();
      await writeFile(rawPath(), RAW);
      await chmod(outDir(), 0o555);
      try {
        // root (as in many CI containers) writes through permissions: there is nothing to test then.
        const probe = join(outDir(), 'probe');
        const writable = await writeFile(probe, '').then(
          () => true,
          () => false,
        );
        if (writable) context.skip();

        const result = await run(ingestArgs('--force'));
        expect(result.code).toBe(1);
        expect(result.stderr[0]).toMatch(/cannot write .*sample\.md/);
        await expectUntouched();
      } finally {
        await chmod(outDir(), 0o755);
      }
    });
  });

  it.each([
    {
      name: 'an unknown flag',
      argv: ['raw.txt', '--slug', 's', '--title', 't', '--bogus'],
      problem: /--bogus/,
    },
    { name: 'a missing --slug', argv: ['raw.txt', '--title', 't'], problem: /missing --slug/ },
    { name: 'a missing --title', argv: ['raw.txt', '--slug', 's'], problem: /missing --title/ },
    {
      name: 'an invalid slug',
      argv: ['raw.txt', '--slug', 'Not A Slug', '--title', 't'],
      problem: /--slug 'Not A Slug'/,
    },
    { name: 'no raw file', argv: ['--slug', 's', '--title', 't'], problem: /exactly one raw text file/ },
    {
      name: 'two raw files',
      argv: ['a.txt', 'b.txt', '--slug', 's', '--title', 't'],
      problem: /exactly one/,
    },
    {
      name: 'a one-name alias group',
      argv: ['raw.txt', '--slug', 's', '--title', 't', '--alias', 'روسيا'],
      problem: /two names/,
    },
    { name: 'a flag without its value', argv: ['raw.txt', '--title', 't', '--slug'], problem: /--slug/ },
  ])('exits with code 2 on $name, with a one-line message', async ({ argv, problem }) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(problem);
    expect(result.stderr[0]).toContain('usage:');
  });

  it('runs as a script: exit code and a one-line message, no stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--bogus'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^ingest: .*--bogus/);
  });
});
