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
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** Add [from, to) without its surrounding whitespace, unless nothing is left. */
function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  while (start < to && /\s/u.test(text[start] ?? '')) start += 1;
  let end = to;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) spans.push({ start, end });
}
