import { Writable } from 'node:stream';

/**
 * Somewhere for a logger under test to write: each line it writes is kept,
 * as written (`textLines`, for checking exactly what reaches the output) or
 * parsed (`jsonLines`, for checking fields).
 */

function lineStream(onLine: (line: string) => void): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) onLine(line);
      done();
    },
  });
}

export function textLines(): { readonly lines: string[]; readonly stream: Writable } {
  const lines: string[] = [];
  return { lines, stream: lineStream((line) => lines.push(line)) };
}

export function jsonLines(): { readonly lines: Record<string, unknown>[]; readonly stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: lineStream((line) => lines.push(JSON.parse(line))) };
}
