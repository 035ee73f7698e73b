import { answerTypeBit } from '../text/answer-types.js';
import type { PassageEvidence } from './passage-evidence.js';
import type { SearchIndex } from './search-index.js';

/**
 * How far a holder's name may stand before the word that tells their stance: a title and an
 * affiliation may come between ("عن أرتيوم لوكين، الأستاذ في جامعة الشرق الأقصى الفيدرالية في
 * فلاديفوستوك الروسية، قوله").
 */
const STANCE_AFTER_HOLDER = 15;
/** How far it may stand after it: a title may come between ("قال وزير الخارجية الروسي سيرغي لافروف"). */
const STANCE_BEFORE_HOLDER = 6;
const STANCE = answerTypeBit('stance');

/**
 * Whether the scanned passage tells a stance of the holder the question names: some mention of
 * the holder stands near a word of saying, denying, backing and the like. A passage may name the
 * holder only as someone spoken of: "قال مسؤول أمريكي إن كيم قد يجتمع بنظيره الروسي فلاديمير
 * بوتين" tells the official's words, not Putin's.
 */
export function tellsHolderStance(
  index: SearchIndex,
  passageIndex: number,
  evidence: PassageEvidence,
  holder: readonly number[],
): boolean {
  const passage = index.passages[passageIndex];
  if (!passage) return false;
  const { wordGroups } = evidence;
  const last = wordGroups.length - 1;
  for (let position = 0; position <= last; position += 1) {
    if (!holder.includes(wordGroups[position] as number)) continue;
    const from = Math.max(0, position - STANCE_BEFORE_HOLDER);
    const to = Math.min(last, position + STANCE_AFTER_HOLDER);
    for (let near = from; near <= to; near += 1) {
      const form = index.tokens[passage.tokenStart + near] as number;
      if (near !== position && ((index.formAnswerTypes[form] as number) & STANCE) !== 0) return true;
    }
  }
  return false;
}
