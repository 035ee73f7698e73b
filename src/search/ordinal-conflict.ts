import { ordinalClass, ordinalsMayAgree } from '../text/ordinals.js';
import type { PassageEvidence } from './passage-evidence.js';
import type { IndexedPassage, SearchIndex } from './search-index.js';

/** The group of the question word an ordinal qualifies, and which ordinal (see askedOrdinal). */
export interface OrdinalGroup {
  readonly group: number;
  readonly ordinal: number;
}

/** Words before and after an occurrence that may hold its ordinal: أول تجربة, التجربة النووية الأخيرة. */
const BEFORE = 1;
const AFTER = 2;
/**
 * "The first shipments since 2020" are the last ones before: an ordinal with منذ ("since") after it
 * within this many words counts from a point in time, and contradicts no other ordinal.
 */
const SINCE_WINDOW = 8;
const SINCE = 'منذ';
/**
 * "For the first time" (للمرة الأولى, لأول مرة) says which of a series the clause's event is, wherever
 * the phrase stands in the clause: "التقى بوتين عام 2019 للمرة الأولى". Such an ordinal counts this
 * many words either side of the word it may qualify.
 */
const OCCASION_WINDOW = 6;
const OCCASION_WORDS = ['مره', 'المره', 'للمره', 'لمره', 'بالمره'];

/** What the ordinal check reads of the index's word forms, worked out once per index. */
export interface OrdinalForms {
  /** Each word form's ordinal class (see ordinalClass), or -1. */
  readonly classes: Int8Array;
  /** The form of منذ, if the corpus writes it. */
  readonly since: number | undefined;
  /** The forms of مرة that make an ordinal "for the nth time" (see OCCASION_WORDS); -1 where absent. */
  readonly occasions: readonly number[];
}

export function ordinalForms(index: SearchIndex): OrdinalForms {
  const classes = new Int8Array(index.words.length);
  index.words.forEach((word, form) => {
    classes[form] = ordinalClass(word);
  });
  return {
    classes,
    since: index.wordFormIds.get(SINCE),
    occasions: OCCASION_WORDS.map((word) => index.wordFormIds.get(word) ?? -1),
  };
}

/** Whether word form `form` occurs in the passage within SINCE_WINDOW words after word `w`. */
function formFollows(
  index: SearchIndex,
  passage: IndexedPassage,
  w: number,
  count: number,
  form: number,
): boolean {
  const end = Math.min(count, w + SINCE_WINDOW + 1);
  for (let next = w + 1; next < end; next += 1) {
    if (index.tokens[passage.tokenStart + next] === form) return true;
  }
  return false;
}

/**
 * Whether the scanned passage speaks of the word the question qualifies with an
 * ordinal only as another one of the series: the question asks for the first
 * test, the passage tells of the last. A passage that never puts an ordinal on
 * the word is not judged: it may still say which one it is in other words.
 */
export function contradictsOrdinal(
  index: SearchIndex,
  /** ordinalForms of the index. */
  forms: OrdinalForms,
  passageIndex: number,
  evidence: PassageEvidence,
  asked: OrdinalGroup,
): boolean {
  const passage = index.passages[passageIndex];
  if (!passage) return false;
  const { wordGroups } = evidence;
  const { classes: ordinals, since, occasions } = forms;
  const formAt = (position: number): number => index.tokens[passage.tokenStart + position] as number;
  const isOccasion = (position: number): boolean =>
    position >= 0 && position < wordGroups.length && occasions.includes(formAt(position));
  let contradicted = false;
  for (let w = 0; w < wordGroups.length; w += 1) {
    if (wordGroups[w] !== asked.group) continue;
    if (since !== undefined && formFollows(index, passage, w, wordGroups.length, since)) continue;
    const from = Math.max(0, w - OCCASION_WINDOW);
    const end = Math.min(wordGroups.length - 1, w + OCCASION_WINDOW);
    for (let near = from; near <= end; near += 1) {
      const ordinal = ordinals[formAt(near)] ?? -1;
      if (near === w || ordinal === -1) continue;
      const adjacent = near >= w - BEFORE && near <= w + AFTER;
      if (!adjacent && !isOccasion(near - 1) && !isOccasion(near + 1)) continue;
      if (ordinalsMayAgree(asked.ordinal, ordinal)) return false;
      contradicted = true;
    }
  }
  return contradicted;
}
