import { randomUUID } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Raised when the target exists and overwriting was not asked for. */
export class TargetExistsError extends Error {
  override readonly name = 'TargetExistsError';

  constructor(readonly target: string) {
    super(`${target} already exists`);
  }
}

/** Writes the whole content and flushes it to the disk before anyone can see the file under its real name. */
async function writeDurably(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `content` all at once, or leaves it as it was: the
 * content goes to a temporary file in the same folder (so the final step is a
 * rename within one file system, which is atomic), and only a complete,
 * flushed file takes the target's name. Whatever fails (a full disk, a
 * read-only folder, a crash), an existing file is never truncated or half
 * written, and the temporary file is removed. Its name ends in `.tmp`, so the
 * article loader would skip it even if a crash left it behind.
 */
export async function writeFileAtomically(
  target: string,
  content: string,
  options: { readonly overwrite: boolean },
): Promise<void> {
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    await writeDurably(temporary, content);
    // link, unlike rename, fails when the target exists: no window in which a file could be clobbered.
    await (options.overwrite ? rename(temporary, target) : link(temporary, target));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
    throw error;
  } finally {
    // After a rename there is nothing left to remove; after a failure, a cleanup error must not hide the cause.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
