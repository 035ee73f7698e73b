import { IngestError } from './ingest-error.js';
import { BYTE_ORDER_MARK, LINE_BREAK, nonTextProblem } from './text-characters.js';

/** One line of raw input with the layout whitespace around it removed. */
export interface RawLine {
  /** 1-based line number in the raw input. */
  readonly number: number;
  readonly text: string;
}

/**
 * Splits raw input into trimmed lines. Line-ending style, a byte order mark and
 * whitespace at either end of a line are layout, not text, so they are dropped;
 * everything else is kept exactly.
 */
export function readRawLines(raw: string): RawLine[] {
  const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  return withoutBom.split(LINE_BREAK).map((line, index) => {
    const problem = nonTextProblem(line);
    if (problem !== undefined) throw new IngestError(index + 1, problem);
    return { number: index + 1, text: line.trim() };
  });
}
