/**
 * The hostile inputs a load run mixes in: the project's catalogue
 * (`test/hostile/hostile-inputs.ts`), as Discord would deliver them through
 * the `/ask` question option. Discord refuses an empty required option and
 * enforces its `max_length` before the bot sees anything, so an empty text
 * is left out and a longer one arrives as the first 300 characters a user
 * could type.
 */
import { QUESTION_MAX_LENGTH } from '../commands/answer-question.js';
import { HOSTILE_INPUTS } from '../test/hostile/hostile-inputs.js';

export const HOSTILE_QUESTIONS: readonly string[] = HOSTILE_INPUTS.flatMap(({ text }) =>
  text === '' ? [] : [fitQuestionOption(text)],
);

/** At most the option's length, without leaving half of a surrogate pair at the cut. */
export function fitQuestionOption(text: string): string {
  if (text.length <= QUESTION_MAX_LENGTH) return text;
  const cut = text.slice(0, QUESTION_MAX_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  const cutsPair = last >= 0xd800 && last <= 0xdbff && isLowSurrogate(text.charCodeAt(QUESTION_MAX_LENGTH));
  return cutsPair ? cut.slice(0, -1) : cut;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
