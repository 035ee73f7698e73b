/**
 * Orthographic normalization for Arabic matching. The result is used only
 * for comparing words; it is never shown to users.
 *
 * What is folded and why:
 * - invisible formatting (bidi marks, zero-width characters, soft hyphen, BOM):
 *   pasted from other apps, they split or disguise words;
 * - NFKC: presentation forms and ligatures from PDFs (ﻻ, ﷲ) become plain letters;
 * - harakat, Quranic marks and tatweel: optional in writing, so never meaningful for matching;
 * - any other combining mark on an Arabic letter (a Latin accent, a "Zalgo" stack of them):
 *   no Arabic word carries one, and it would hide the word it sits on;
 * - أ إ آ ٱ → ا, ؤ ئ → ء, ى → ي, ة → ه: writers and keyboards disagree on these
 *   (مسؤول/مسئول, على/علي, الروسية/الروسيه);
 * - Persian/Urdu letter shapes (ک ی ے ہ ھ ە) → their Arabic twins;
 * - letters borrowed for foreign sounds (ڤ ڥ پ چ ژ گ ڨ) → the Arabic letter most writers use
 *   instead, so لاتڤيا meets لاتفيا and چيانغ meets جيانغ;
 * - Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits (١٩٥٠, ۱۹۵۰ → 1950).
 */

// Removed before NFKC so that marks separated by them cannot recompose differently on a second pass.
// Zero-width joiners and bidi marks sit inside or beside words and are simply dropped.
const INVISIBLE = /[\u00AD\u061C\u180E\u200C-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

// The zero-width space is a word boundary by definition (and some editors use it as one).
const ZERO_WIDTH_SPACE = /\u200B/g;

// Harakat, Quranic annotation marks, superscript alef and tatweel.
const OPTIONAL_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// Whatever combining marks are left on a character of the Arabic script once the optional ones are gone.
const MARKS_ON_ARABIC = /(?<=\p{Script=Arabic})\p{M}+/gu;
// Property classes are slow in V8, so that pattern runs only on text that can hold such a mark: Latin-1,
// Latin extensions and general punctuation have none, and the Arabic block's own are optional marks.
const BEYOND_MARKLESS_BLOCKS = /[^\t-\u02FF\u0600-\u06FF\u2000-\u206F]/;

function withoutMarksOnArabic(text: string): string {
  return BEYOND_MARKLESS_BLOCKS.test(text) ? text.replace(MARKS_ON_ARABIC, '') : text;
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ؤ: 'ء',
  ئ: 'ء',
  ى: 'ي',
  ة: 'ه',
  ک: 'ك',
  ی: 'ي',
  ے: 'ي',
  ہ: 'ه',
  ھ: 'ه',
  ە: 'ه',
  ڤ: 'ف',
  ڥ: 'ف',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  گ: 'ك',
  ڨ: 'ق',
  '٫': '.',
  '٬': ',',
};

const FOLDABLE = /[آأإٱؤئىةکیےہھەڤڥپچژگڨ٫٬\u0660-\u0669\u06F0-\u06F9]/g;

function foldCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return LETTER_FOLDS[char] ?? char;
}

// Text made only of characters NFKC leaves alone skips it, the costliest step: every query and
// every paragraph is normalized. That covers printable ASCII, precomposed Latin-1 letters, « »,
// dashes and quotes (U+2012–2023), and the Arabic block except the hamza and madda combining
// marks (U+0653–0655, which compose with a preceding letter) and the high-hamza letters
// (U+0675–0678, which decompose). NBSP, ª, º, superscripts and … are compatibility characters
// and take the full path.
const NFKC_STABLE =
  /^[\t\n\r\u0020-\u007E\u00AB\u00BB\u00C0-\u00FF\u0600-\u0652\u0656-\u0674\u0679-\u06FF\u2012-\u2023]*$/;

function foldOnce(text: string): string {
  const unmarked = text.normalize('NFKC').replace(INVISIBLE, '').replace(OPTIONAL_MARKS, '');
  return withoutMarksOnArabic(unmarked).replace(FOLDABLE, foldCharacter).toLowerCase();
}

// Each fold can expose work for the next: removing a tatweel lets a letter and its accent
// compose, and lower-casing İ yields a mark NFKC must reorder. Outside the Arabic fast path,
// folding repeats until nothing changes; two or three rounds always suffice in practice.
const MAX_FOLD_ROUNDS = 4;

// The commonest text, ASCII and the Arabic block, is folded in one pass through a table of what
// each character becomes: the regular expressions above do the same work in five. The table is
// worked out from those expressions, character by character, so the two paths cannot disagree.
// Anything else (Latin-1, invisible marks, the combining hamza) takes the regular expressions.
const KEEP = -1;
const DROP = -2;
const BY_RULES = -3;
const SINGLE_PASS_LIMIT = 0x0700;
const SINGLE_PASS = singlePassTable();
// Longer text goes by the rules, so the output buffer stays small.
const SINGLE_PASS_MAX_LENGTH = 4_096;
const singlePassOutput = new Uint16Array(SINGLE_PASS_MAX_LENGTH);

function singlePassTable(): Int32Array {
  const table = new Int32Array(SINGLE_PASS_LIMIT).fill(BY_RULES);
  for (let code = 0; code < SINGLE_PASS_LIMIT; code += 1) {
    const char = String.fromCharCode(code);
    if ((code >= 0x80 && code < 0x0600) || !NFKC_STABLE.test(char)) continue;
    const folded = char
      .replace(INVISIBLE, '')
      .replace(OPTIONAL_MARKS, '')
      .replace(FOLDABLE, foldCharacter)
      .toLowerCase();
    if (folded === char) table[code] = KEEP;
    else if (folded === '') table[code] = DROP;
    else if (folded.length === 1) table[code] = folded.charCodeAt(0);
  }
  return table;
}

/** The text folded in one pass, or undefined when some character must go by the rules. */
function foldInOnePass(text: string): string | undefined {
  if (text.length > SINGLE_PASS_MAX_LENGTH) return undefined;
  let length = 0;
  let changed = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const becomes = code < SINGLE_PASS_LIMIT ? (SINGLE_PASS[code] as number) : BY_RULES;
    if (becomes === BY_RULES) return undefined;
    if (becomes === KEEP) {
      singlePassOutput[length++] = code;
    } else {
      changed = true;
      if (becomes !== DROP) singlePassOutput[length++] = becomes;
    }
  }
  if (!changed) return text;
  // fromCharCode takes the code units as arguments; a typed array serves as the argument list.
  return String.fromCharCode.apply(null, singlePassOutput.subarray(0, length) as unknown as number[]);
}

/** Normalize text for matching. Idempotent, total (never throws), and cheap on short input. */
export function normalizeArabic(text: string): string {
  const inOnePass = foldInOnePass(text);
  if (inOnePass !== undefined) return inOnePass;
  const visible = text.replace(ZERO_WIDTH_SPACE, ' ').replace(INVISIBLE, '');
  if (NFKC_STABLE.test(visible)) {
    return visible.replace(OPTIONAL_MARKS, '').replace(FOLDABLE, foldCharacter).toLowerCase();
  }
  let folded = foldOnce(visible);
  for (let round = 1; round < MAX_FOLD_ROUNDS; round += 1) {
    const again = foldOnce(folded);
    if (again === folded) break;
    folded = again;
  }
  return folded;
}
