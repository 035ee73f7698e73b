import { TEXT } from '../messages.js';
import { rtlBlock, rtlLine } from '../rtl.js';
import { quoted } from './embed-parts.js';
import { NO_MENTIONS, type ReplyPayload, visibility } from './payload.js';

/** Longest question worth echoing back; the slash option is capped at this length anyway. */
const QUESTION_ECHO_LENGTH = 300;

const NO_ANSWER_COLOR = 0x8a8f98;

/** The engine abstained: say so plainly and point to the commands that browse the article instead. */
export function buildNoAnswerReply(question: string, { hidden }: { readonly hidden: boolean }): ReplyPayload {
  const shown = quoted(question, QUESTION_ECHO_LENGTH);
  return {
    embeds: [
      {
        color: NO_ANSWER_COLOR,
        title: rtlLine(TEXT.noAnswerTitle),
        description: rtlBlock(TEXT.noAnswer(shown)),
      },
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
    ...visibility(hidden),
  };
}
