import type { FileHandle } from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runIngestCli } from '../../src/cli/ingest.js';
import { useTempDir } from './temp-dir.js';

/**
 * Failures a test cannot cause with a real disk (a full disk mid-write, an
 * I/O error on flush, a rename refused by the file system), injected into
 * node:fs/promises. Whatever step fails, an existing article must stay byte
 * for byte what it was, and no temporary file may be left beside it.
 */

type Fault = 'open' | 'write' | 'sync' | 'rename' | 'link' | undefined;
const injected = vi.hoisted(() => ({ fault: undefined as Fault }));

function systemError(code: string, what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${what}`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  /** A real handle whose write stops halfway (a full disk) or whose flush fails, when asked to. */
  const faulty = (handle: FileHandle) => ({
    writeFile: async (content: string, encoding: BufferEncoding) => {
      if (injected.fault !== 'write') return handle.writeFile(content, encoding);
      await handle.writeFile(content.slice(0, Math.floor(content.length / 2)), encoding);
      throw systemError('ENOSPC', 'no space left on device, write');
    },
    sync: async () => {
      if (injected.fault === 'sync') throw systemError('EIO', 'i/o error, fsync');
      return handle.sync();
    },
    close: () => handle.close(),
  });
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      // A read-only folder, as root (who writes through permissions) cannot otherwise see it.
      if (injected.fault === 'open') throw systemError('EACCES', 'permission denied, open');
      return faulty(await actual.open(...args));
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (injected.fault === 'rename') throw systemError('EXDEV', 'cross-device link not permitted, rename');
      return actual.rename(...args);
    },
    link: async (...args: Parameters<typeof actual.link>) => {
      if (injected.fault === 'link') throw systemError('EPERM', 'operation not permitted, link');
      return actual.link(...args);
    },
  };
});

const RAW = 'مقدمة الخبر هنا.\nالخلفية\nنص الخلفية.\n';
const EXISTING = '---\ntitle: مقال قائم\nlanguage: ar\n---\n\n## قسم\n\nنص قائم لا يمس.\n';

describe('the ingest command when the disk fails', () => {
  const tempDir = useTempDir();
  const outDir = () => join(tempDir(), 'out');
  const target = () => join(outDir(), 'sample.md');
  afterEach(() => {
    injected.fault = undefined;
  });

  async function ingest(...extra: string[]) {
    const rawPath = join(tempDir(), 'raw.txt');
    await writeFile(rawPath, RAW);
    const stderr: string[] = [];
    const argv = [rawPath, '--slug', 'sample', '--title', 'عنوان', '--out', outDir(), ...extra];
    const code = await runIngestCli(argv, { stdout: () => undefined, stderr: (line) => stderr.push(line) });
    return { code, stderr };
  }

  it('writes normally through the same seams when nothing fails', async () => {
    await mkdir(outDir());
    await writeFile(target(), EXISTING);
    expect((await ingest('--force')).code).toBe(0);
    expect(await readFile(target(), 'utf8')).toContain('## الخلفية');
    expect(await readdir(outDir())).toEqual(['sample.md']);
  });

  it.each([
    { fault: 'open', problem: /EACCES/ },
    { fault: 'write', problem: /ENOSPC/ },
    { fault: 'sync', problem: /EIO/ },
    { fault: 'rename', problem: /EXDEV/ },
  ] as const)(
    'keeps an existing article intact under --force when the $fault step fails',
    async ({ fault, problem }) => {
      await mkdir(outDir());
      await writeFile(target(), EXISTING);
      injected.fault = fault;

      const result = await ingest('--force');
      expect(result.code).toBe(1);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toMatch(/^ingest: cannot write .*sample\.md: /);
      expect(result.stderr[0]).toMatch(problem);
      expect(await readFile(target(), 'utf8')).toBe(EXISTING);
      expect(await readdir(outDir())).toEqual(['sample.md']);
    },
  );

  it.each(['write', 'link'] as const)(
    'leaves no file at all when writing a new article fails at the %s step',
    async (fault) => {
      injected.fault = fault;
      const result = await ingest();
      expect(result.code).toBe(1);
      expect(result.stderr[0]).toMatch(/^ingest: cannot write .*sample\.md: /);
      expect(await readdir(outDir())).toEqual([]);
    },
  );
});
