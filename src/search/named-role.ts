import { hasDefiniteArticle } from '../text/definite.js';
import { RELATIVE_PRONOUNS } from '../text/person-questions.js';
import { isStopWord } from '../text/stopwords.js';
import type { FormFlags } from './form-flags.js';
import type { PassageEvidence } from './passage-evidence.js';
import type { QueryGroup, RoleGroups } from './query-analysis.js';
import type { SearchIndex } from './search-index.js';

/**
 * A name follows its role within this many words: "وزير الدفاع الروسي سيرغي
 * شويغو", "الأمين العام للأمم المتحدة بان كي مون" (بان and كي read as stop words).
 */
const NAME_WINDOW = 6;

/** A word form that may be (part of) a name (see nameFormKinds). */
export const NAME_LIKE = 1;
/** A relative pronoun, which opens a clause telling something of the word before it. */
export const RELATIVE = 2;

/**
 * Each word form's part in the name checks: NAME_LIKE for a form that may be (part of) a person's
 * name (not a stop word, not a number, and never written with the definite article anywhere in the
 * corpus: شويغو, كيم, بوتين; but not أمريكي, which the text also writes الأمريكي), RELATIVE for a
 * relative pronoun, 0 otherwise. Worked out once per index, as the checks read every passage by form.
 */
export function nameFormKinds(index: SearchIndex): Uint8Array {
  const kinds = new Uint8Array(index.words.length);
  index.words.forEach((word, form) => {
    if (RELATIVE_PRONOUNS.has(word)) kinds[form] = RELATIVE;
    else if (
      !isStopWord(word) &&
      !/\d/.test(word) &&
      !hasDefiniteArticle(word) &&
      !index.wordFormIds.has(`ال${word}`)
    ) {
      kinds[form] = NAME_LIKE;
    }
  });
  return kinds;
}

/** Where the scanned passage mentions a query group: its first token and the mentions' word positions. */
interface Mentions {
  readonly tokenStart: number;
  readonly positions: readonly number[];
}

/** The passage's mentions of the group, or undefined when it has none (or there is no such passage). */
function mentionsOf(
  index: SearchIndex,
  passageIndex: number,
  evidence: PassageEvidence,
  group: number,
): Mentions | undefined {
  const passage = index.passages[passageIndex];
  if (!passage) return undefined;
  const positions: number[] = [];
  evidence.wordGroups.forEach((wordGroup, position) => {
    if (wordGroup === group) positions.push(position);
  });
  return positions.length > 0 ? { tokenStart: passage.tokenStart, positions } : undefined;
}

/** Whether the scanned passage names a person anywhere, other than by a word of the question. */
function namesSomeone(
  index: SearchIndex,
  /** personNameForms of the index. */
  personNames: FormFlags,
  passageIndex: number,
  evidence: PassageEvidence,
): boolean {
  const passage = index.passages[passageIndex];
  if (!passage) return false;
  const { wordGroups } = evidence;
  for (let position = 0; position < wordGroups.length; position += 1) {
    if (wordGroups[position] !== -1) continue;
    if (personNames.has(index.tokens[passage.tokenStart + position] as number)) return true;
  }
  return false;
}

/**
 * Whether the scanned passage leaves unnamed whoever holds the role the question
 * asks a name for. It does when no occurrence of the role's group is followed,
 * within a few words, by a name ("قال مسؤول بالأمن القومي الأمريكي، إن …"), or
 * when no mention has the words that say which role is meant near it: "وزير
 * الدفاع الروسي سيرغي شويغو" names no foreign minister. A passage that never
 * mentions the role may still name its holder without the title (هتلر for "the
 * head of Nazi Germany"), so it leaves the role unnamed only when it names no one
 * at all: the Soviet Union's support tells no Soviet leader's name.
 */
export function leavesRoleUnnamed(
  index: SearchIndex,
  /** nameFormKinds of the index. */
  formKinds: Uint8Array,
  /** personNameForms of the index. */
  personNames: FormFlags,
  passageIndex: number,
  evidence: PassageEvidence,
  /** Whether the passage's section or article title holds a query group. */
  titleHolds: (group: number) => boolean,
  asked: RoleGroups,
): boolean {
  const mentions = mentionsOf(index, passageIndex, evidence, asked.role);
  if (!mentions) return !titleHolds(asked.role) && !namesSomeone(index, personNames, passageIndex, evidence);
  const { wordGroups } = evidence;
  for (const w of mentions.positions) {
    // Which role is meant must be said near this mention: "وزير الدفاع الروسي سيرغي شويغو" names no
    // North Korean defence minister, though the passage speaks of North Korea further on. A title
    // (the union the article is about) says it for every mention under it.
    const around = wordGroups.subarray(Math.max(0, w - NAME_WINDOW), w + 1 + NAME_WINDOW);
    if (!asked.qualifiers.every((group) => around.includes(group) || titleHolds(group))) continue;
    const end = Math.min(wordGroups.length, w + 1 + NAME_WINDOW);
    for (let next = w + 1; next < end; next += 1) {
      if (formKinds[index.tokens[mentions.tokenStart + next] as number] === NAME_LIKE) return false;
    }
  }
  return true;
}

/** A list of names is at least this many: "المناطق التي تطالب بها روسيا" names one place, and not the regions. */
const LIST_LENGTH = 2;

/**
 * Whether the scanned passage speaks of the things the question asks the names of without listing
 * them: no mention is followed, within a few words, by at least two names the question does not
 * already say. A passage that never mentions the things is not judged: its names, if any, are most
 * often of people, not of the places or things asked for.
 */
export function listsNoNames(
  index: SearchIndex,
  /** nameFormKinds of the index. */
  formKinds: Uint8Array,
  passageIndex: number,
  evidence: PassageEvidence,
  asked: RoleGroups,
): boolean {
  const mentions = mentionsOf(index, passageIndex, evidence, asked.role);
  if (!mentions) return false;
  const { wordGroups } = evidence;
  for (const w of mentions.positions) {
    const names = new Set<number>();
    const end = Math.min(wordGroups.length, w + 1 + NAME_WINDOW);
    for (let next = w + 1; next < end; next += 1) {
      const form = index.tokens[mentions.tokenStart + next] as number;
      // Names stand beside the things they name; a relative clause (المناطق التي تطالب بها روسيا)
      // tells something of them instead.
      if (formKinds[form] === RELATIVE) break;
      // A word of the question is what is asked about, not one of the names asked for.
      if (formKinds[form] === NAME_LIKE && wordGroups[next] === -1) names.add(form);
    }
    if (names.size >= LIST_LENGTH) return false;
  }
  return true;
}

/**
 * Whether the corpus never uses the role word at all (no reading of it is
 * indexed): then no passage can name whoever holds the role, however many of
 * the question's other words it shares ("من هو الأمين العام للأمم المتحدة؟").
 */
export function roleUnknownToCorpus(groups: readonly QueryGroup[], asked: RoleGroups): boolean {
  return groups[asked.role]?.terms.length === 0;
}
