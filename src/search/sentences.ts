/** A sentence of a paragraph as a character range of the original text. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

// Terminal punctuation (a run, so "..", "؟!" end once), then closing quotes or brackets, then a space or the end.
const SENTENCE_END = /[.!?؟…]+["'»”’)\]]*(?=\s|$)/gu;

/**
 * Split a paragraph into sentences without altering a character: each span,
 * sliced from the original, is exactly what the article says, with the
 * whitespace between sentences left out.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
    let to = end;
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
