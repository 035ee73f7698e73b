/** Raised for an article file that does not follow the format; `line` is 1-based in that file. */
export class ArticleFormatError extends Error {
  override readonly name = 'ArticleFormatError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}
