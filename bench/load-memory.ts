/**
 * The bot's memory between rounds: its resident set size, read from Linux's
 * `/proc/<pid>/status` (the bot is another process, so `process.memoryUsage()`
 * cannot see it; elsewhere there is no such file and the figure is null),
 * and its heap, both after a full garbage collection.
 */
import { readFile } from 'node:fs/promises';
import { collectGarbage } from './load-inspector.js';

export interface MemoryReading {
  readonly rssBytes: number | null;
  /** JS heap plus off-heap buffers in use. */
  readonly heapBytes: number;
}

export async function readBotMemory(pid: number | undefined, inspectorUrl: string): Promise<MemoryReading> {
  const { heapBytes } = await collectGarbage(inspectorUrl);
  return { rssBytes: await residentBytes(pid), heapBytes };
}

export async function residentBytes(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    return parseVmRss(await readFile(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

const VM_RSS = /^VmRSS:\s+(\d+)\s+kB$/m;

/** VmRSS in bytes from the text of a `/proc/<pid>/status` file; null when it has none (e.g. a zombie). */
export function parseVmRss(status: string): number | null {
  const match = VM_RSS.exec(status);
  return match === null ? null : Number(match[1]) * 1024;
}
