/**
 * Bidirectional-text helpers. Discord lays every line out with its own base
 * direction (left-to-right on most clients), so an Arabic line that starts or
 * ends with a digit, a bracket, a quote mark or a Latin name can come out
 * scrambled: trailing punctuation jumps to the wrong end, `(3)` splits apart,
 * and a Latin title drags the neighbouring Arabic words with it. Unicode
 * isolates (UAX #9, 6.3+; supported by Chromium, Android and iOS text stacks)
 * fix the order locally without depending on how the client aligns the line.
 */

/** Right-to-left mark: a zero-width strong RTL character. */
export const RLM = '\u200F';
/** Right-to-left isolate: what follows, up to PDI, is laid out as its own RTL paragraph. */
export const RLI = '\u2067';
/** First-strong isolate: what follows, up to PDI, takes the direction of its first strong character. */
export const FSI = '\u2068';
/** Pop directional isolate: closes the innermost isolate (and any embedding left open inside it). */
export const PDI = '\u2069';

/** Embeddings, overrides and isolates (LRE…RLO, LRI…PDI); marks like RLM are harmless and stay. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes explicit bidi controls: a stray PDI or RLO in a question (or a
 * paragraph) could close our isolates early or reverse the text around it.
 * They are invisible, so the visible characters stay exactly as written.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Wraps a value interpolated into an Arabic template (a title, a name, a
 * question) so that it keeps its own direction and does not pull the
 * template's punctuation or numbers into its run.
 */
export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}

/**
 * One right-to-left line. The leading RLM lets clients that choose the base
 * direction from the first strong character (dir="auto") align it to the
 * right; the RLI…PDI isolate keeps digits, brackets, end punctuation and
 * Latin names in Arabic reading order even where the line is laid out
 * left-to-right. Isolates are skipped when the base direction is chosen,
 * which is why the RLM sits outside it.
 */
export function rtlLine(text: string): string {
  return `${RLM}${RLI}${text}${PDI}`;
}

/** Every non-empty line of `text` made right-to-left; blank lines stay blank so paragraph spacing survives. */
export function rtlBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : rtlLine(line)))
    .join('\n');
}
