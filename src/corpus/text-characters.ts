/**
 * Which characters article text may hold, shared by ingest (raw scrapes) and
 * the loader (article files) so neither lets through what the other refuses.
 */

const TAB = 0x09;

/**
 * Line breaks as CommonMark reads them: LF, CRLF, and a lone CR (old Mac
 * files). Splitting on all three means no stray '\r' ever reaches a title or
 * a paragraph.
 */
export const LINE_BREAK = /\r\n|\r|\n/;

export const BYTE_ORDER_MARK = '\uFEFF';

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

/**
 * Why a line (without its line break) is not article text, or undefined when
 * it is: the first offending character, in words a person can act on.
 */
export function nonTextProblem(line: string): string | undefined {
  for (const character of line) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (isNonTextCodePoint(codePoint)) {
      return `contains ${describeCodePoint(codePoint)}, which is not article text (binary data or a wrong encoding?)`;
    }
  }
  return undefined;
}
