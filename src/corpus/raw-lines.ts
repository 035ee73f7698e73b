import { IngestError } from './ingest-error.js';

/** One line of raw input with the layout whitespace around it removed. */
export interface RawLine {
  /** 1-based line number in the raw input. */
  readonly number: number;
  readonly text: string;
}

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_BREAK = /\r\n|\r|\n/;
const TAB = 0x09;

/**
 * Control characters, lone surrogates and U+FFFD (what a decoder leaves for
 * invalid UTF-8) never occur in article text: they mean a binary file or the
 * wrong encoding, and would otherwise end up quoted to users.
 */
function isNonTextCodePoint(codePoint: number): boolean {
  const isC0Control = codePoint < 0x20 && codePoint !== TAB;
  const isDeleteOrC1Control = codePoint >= 0x7f && codePoint <= 0x9f;
  const isLoneSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  return isC0Control || isDeleteOrC1Control || isLoneSurrogate || codePoint === 0xfffd;
}

function describeCodePoint(codePoint: number): string {
  if (codePoint === 0) return 'a NUL byte';
  return `the character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function assertIsText(line: string, lineNumber: number): void {
  for (const character of line) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (isNonTextCodePoint(codePoint)) {
      throw new IngestError(
        lineNumber,
        `contains ${describeCodePoint(codePoint)}, which is not article text (binary data or a wrong encoding?)`,
      );
    }
  }
}

/**
 * Splits raw input into trimmed lines. Line-ending style, a byte order mark and
 * whitespace at either end of a line are layout, not text, so they are dropped;
 * everything else is kept exactly.
 */
export function readRawLines(raw: string): RawLine[] {
  const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  return withoutBom.split(LINE_BREAK).map((line, index) => {
    assertIsText(line, index + 1);
    return { number: index + 1, text: line.trim() };
  });
}
