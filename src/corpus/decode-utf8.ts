/**
 * Strict UTF-8 decoding for files people edit by hand. Node's `readFile(…,
 * 'utf8')` silently turns bytes that are not UTF-8 into U+FFFD, which would
 * then be indexed and quoted to users; a file saved in another encoding
 * (Windows-1256 is the usual one for Arabic) must be refused instead, at the
 * line where it goes wrong so it can be found and fixed.
 */

const LF = 0x0a;
const CR = 0x0d;

/** Raised for bytes that are not UTF-8; `line` is 1-based and `byte` the first byte that cannot be read. */
export class InvalidUtf8Error extends Error {
  override readonly name = 'InvalidUtf8Error';

  constructor(
    readonly line: number,
    readonly byte: number,
  ) {
    super(
      `the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8: ` +
        'save the file as UTF-8 (was it saved as Windows-1256 or another legacy encoding?)',
    );
  }
}

/** Offset of the first byte of the first sequence that is not UTF-8. */
function firstInvalidOffset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // Where the character being read began: a truncated sequence is reported at its lead byte, not where it broke off.
  let sequenceStart = 0;
  for (let offset = 0; offset < bytes.length; offset += 1) {
    try {
      if (decoder.decode(bytes.subarray(offset, offset + 1), { stream: true }) !== '') {
        sequenceStart = offset + 1;
      }
    } catch {
      return sequenceStart;
    }
  }
  // Every byte was taken, yet the whole decode failed: the file ends inside a character.
  return sequenceStart;
}

/** 1-based line of `offset`, counting LF, CRLF and a lone CR as one line break each. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index];
    if (byte === LF || (byte === CR && bytes[index + 1] !== LF)) line += 1;
  }
  return line;
}

/** The text of `bytes`, byte order mark kept; throws `InvalidUtf8Error` naming the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Only on failure: find where, byte by byte, so valid files pay for one fast decode.
    const offset = firstInvalidOffset(bytes);
    throw new InvalidUtf8Error(lineAt(bytes, offset), bytes[offset] ?? 0);
  }
}
