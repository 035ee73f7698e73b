/** Raised when raw article text cannot be turned into an article; `line` is 1-based in the raw input. */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}
