/**
 * Cutting text to Discord's limits without breaking words. Every cut happens
 * on the raw text, before escaping and direction marks are added, and the
 * budget is then checked on the rendered result: escaping can double a
 * character, so the raw length alone says little about the final length.
 */

export const ELLIPSIS = '…';

/** Where a sentence may end: Arabic and Latin terminators, then whitespace. */
const SENTENCE_END = /[.!?؟۔…:;؛]["'»”)\]]*\s+/g;

/** Moves a cut back by one when it would split a surrogate pair (an emoji, say) in half. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return index > 1 && code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/** The first `max` characters of `text`, or one fewer where the cut would split a surrogate pair. */
export function cutAt(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, safeCut(text, max));
}

/**
 * Where to end a piece of at most `max` characters: after the last sentence
 * end in the second half of the window, else at the last whitespace there,
 * else (one enormous word) at the limit itself.
 */
function breakIndex(text: string, max: number, preferSentences: boolean): number {
  if (text.length <= max) return text.length;
  const floor = Math.floor(max / 2);
  if (preferSentences) {
    let sentenceBreak = -1;
    for (const match of text.slice(0, max + 1).matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      if (end > floor && end <= max) sentenceBreak = end;
    }
    if (sentenceBreak > 0) return sentenceBreak;
  }
  for (let index = max; index > floor; index -= 1) {
    if (/\s/.test(text.charAt(index))) return index;
  }
  return safeCut(text, max);
}

/** Whitespace runs (including newlines) folded to one space: for one-line excerpts and choice names. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` if it fits in `max`, else its longest prefix ending at a word, followed by an ellipsis. */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  const end = breakIndex(text, max - ELLIPSIS.length, false);
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * `render(clipped)` for the longest word-bounded clip of `text` whose rendered
 * form fits in `max`; `''` when not even an ellipsis would fit.
 */
export function fitRendered(text: string, max: number, render: (text: string) => string): string {
  let budget = Math.min(text.length, max);
  while (budget > 0) {
    const rendered = render(clipAtWord(text, budget));
    if (rendered.length <= max) return rendered;
    budget -= rendered.length - max;
  }
  return '';
}

/**
 * Cuts `text` into consecutive pieces whose rendered forms each fit in `max`,
 * breaking after sentences where it can, so a long paragraph can continue
 * across embeds or pages. Returns the rendered pieces.
 */
export function splitRendered(text: string, max: number, render: (text: string) => string): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    let budget = max;
    let end = breakIndex(rest, budget, true);
    let rendered = render(rest.slice(0, end).trimEnd());
    while (rendered.length > max && budget > 1) {
      budget = Math.max(1, budget - (rendered.length - max));
      end = breakIndex(rest, budget, true);
      rendered = render(rest.slice(0, end).trimEnd());
    }
    pieces.push(rendered);
    rest = rest.slice(end).trimStart();
  }
  return pieces;
}
