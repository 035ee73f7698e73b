const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * A yes-or-no fact about each word form of an index, worked out for a form when first asked and
 * remembered: the checks that read it look at a few passages per question, while a corpus of
 * 200,000 passages has too many forms to work them all out at build time.
 */
export class FormFlags {
  private readonly verdicts: Uint8Array;

  constructor(
    formCount: number,
    private readonly test: (form: number) => boolean,
  ) {
    this.verdicts = new Uint8Array(formCount);
  }

  has(form: number): boolean {
    let verdict = this.verdicts[form] ?? NO;
    if (verdict === UNKNOWN) {
      verdict = this.test(form) ? YES : NO;
      this.verdicts[form] = verdict;
    }
    return verdict === YES;
  }
}
