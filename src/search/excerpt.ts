import { wordOffsets } from '../text/tokenize.js';
import type { SentenceSpan } from './sentences.js';

/** Quotes stay short enough to read at a glance and to fit any Discord field. */
export const MAX_EXCERPT_LENGTH = 350;

const ELLIPSIS = '…';

export interface ExcerptInput {
  readonly text: string;
  readonly sentences: readonly SentenceSpan[];
  /** How well each sentence matches the question. */
  readonly sentenceScores: readonly number[];
  /** For each word of the paragraph (tokenizer order), the query group it matches, or -1. */
  readonly wordGroups: ArrayLike<number>;
  /** Word index where each sentence starts, plus the word count at the end. */
  readonly sentenceBounds: readonly number[];
}

/**
 * The best-matching sentence, verbatim, joined by neighbouring sentences that
 * also match while the quote stays within the limit. A sentence longer than
 * the limit is cut at word boundaries around its densest run of matches, and
 * the cut is marked with an ellipsis so nobody mistakes it for the whole.
 */
export function buildExcerpt(input: ExcerptInput, maxLength = MAX_EXCERPT_LENGTH): string {
  const { text, sentences, sentenceScores } = input;
  if (sentences.length === 0) return '';
  let best = 0;
  sentenceScores.forEach((score, s) => {
    if (score > (sentenceScores[best] ?? 0)) best = s;
  });
  const bestSpan = sentences[best] as SentenceSpan;
  if (bestSpan.end - bestSpan.start > maxLength) return cutLongSentence(input, best, maxLength);

  let first = best;
  let last = best;
  for (;;) {
    const next = last + 1 < sentences.length && (sentenceScores[last + 1] ?? 0) > 0 ? last + 1 : -1;
    const previous = first > 0 && (sentenceScores[first - 1] ?? 0) > 0 ? first - 1 : -1;
    if (next !== -1 && spanLength(sentences, first, next) <= maxLength) last = next;
    else if (previous !== -1 && spanLength(sentences, previous, last) <= maxLength) first = previous;
    else break;
  }
  return text.slice((sentences[first] as SentenceSpan).start, (sentences[last] as SentenceSpan).end);
}

/** Characters from the start of sentence `from` to the end of sentence `to`. */
function spanLength(sentences: readonly SentenceSpan[], from: number, to: number): number {
  return (sentences[to] as SentenceSpan).end - (sentences[from] as SentenceSpan).start;
}

function isMatched(input: ExcerptInput, word: number): boolean {
  return (input.wordGroups[word] ?? -1) >= 0;
}

function cutLongSentence(input: ExcerptInput, sentence: number, maxLength: number): string {
  const span = input.sentences[sentence] as SentenceSpan;
  const firstWord = input.sentenceBounds[sentence] ?? 0;
  const { starts, ends } = wordOffsets(input.text.slice(span.start, span.end));
  if (starts.length === 0) return input.text.slice(span.start, span.start + maxLength);

  // Slide a window of whole words no longer than the limit; keep the one with the most matches.
  let bestFrom = 0;
  let bestTo = 0;
  let bestMatches = -1;
  let to = 0;
  let matches = 0;
  for (let from = 0; from < starts.length; from += 1) {
    if (to < from) {
      to = from;
      matches = 0;
    }
    while (to < starts.length && (ends[to] as number) - (starts[from] as number) <= maxLength - 2) {
      if (isMatched(input, firstWord + to)) matches += 1;
      to += 1;
    }
    if (matches > bestMatches) {
      bestMatches = matches;
      bestFrom = from;
      bestTo = to;
    }
    if (to > from && isMatched(input, firstWord + from)) matches -= 1;
  }
  const start = span.start + (bestFrom === 0 ? 0 : (starts[bestFrom] as number));
  const end = bestTo >= starts.length ? span.end : span.start + (ends[bestTo - 1] as number);
  return `${start > span.start ? ELLIPSIS : ''}${input.text.slice(start, end)}${end < span.end ? ELLIPSIS : ''}`;
}
