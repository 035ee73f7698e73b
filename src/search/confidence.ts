import type { PassageEvidence } from './passage-evidence.js';
import type { QueryGroup } from './query-analysis.js';
import type { SearchIndex } from './search-index.js';
import { titleWeightOf } from './title-field.js';

/**
 * A passage that cannot hold the kind of answer asked for keeps this share of its confidence: no
 * more than the answer threshold, so that only a passage matching every word of the question still
 * answers, as the question's wording may mislead ("متى يحدث" often asks for a condition).
 */
const WRONG_ANSWER_TYPE_FACTOR = 0.3;
/** Matching only through a section title is weak evidence that the passage itself says it. */
const TITLE_STRENGTH = 0.5;
/**
 * A question word the passage lacks counts against it at most this much (about
 * the idf of a word seen once in a short article). A rare word that is present
 * is strong evidence in a large corpus, but a word that is absent means no more
 * there than in a small one.
 */
const MISSING_IMPORTANCE_CAP = 2.5;
/** A concept matched at least this strongly counts as found (a synonym does, a root alone does not). */
const STRONG_MATCH = 0.5;
/** A concept matched at least this strongly is surely there: the word itself or another name of it. */
const SURE_MATCH = 0.85;
/**
 * Where a passage surely holds two of the question's concepts, words the corpus never uses count
 * against it as this many words at most. A long message's chatter and asides ("طيب"، "أصل في ناس
 * بتقول"، "وده مسموح أصلا؟") are such words, and each weighed as much as a missing topic word; a near
 * miss asks its missing fact in one or two words, which still count in full.
 */
const MOST_UNKNOWN_WORDS_COUNTED = 2;
/**
 * An idf this high means a word in under about 4% of the passages. No word of a single article of up
 * to some 35 paragraphs is that rare, so there one matched name never suffices. Among hundreds it
 * does: at 4 (2%), 7.3% of MLQA's questions asked of their own article got no answer, many of them
 * matching one such word and little else, as translated questions do; at 3.2, just under 5%. The price:
 * the seed article's off-topic questions, asked of it within ARCD's corpus, are rejected 0.825 of
 * the time rather than 0.831.
 */
const SPECIFIC_IMPORTANCE = 3.2;
/** Share of confidence kept when only one of several question concepts is found. */
const SINGLE_CONCEPT_FACTOR = 0.6;
/**
 * A phrase of this many question words is a clause of the passage quoted back ("لإحياء التحالف خلال
 * الحرب الباردة"), not one name such as كيم جونغ أون: for the doubt about single-concept matches it
 * counts as two concepts, though its weight stays that of its rarest word.
 */
const CLAUSE_LENGTH = 4;
/** Words this close in the passage are read as one phrase. */
const PHRASE_DISTANCE = 2;
/** Only words matched at least this strongly (the word itself, not a synonym or alias) form phrases. */
const PHRASE_STRENGTH = 0.9;

/** How strongly (0–1) a passage matches each query group: its best alternative present in the passage. */
export function groupStrengths(
  index: SearchIndex,
  passageIndex: number,
  groups: readonly QueryGroup[],
): number[] {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  return groups.map((group) => {
    let strength = 0;
    for (const { termId, weight } of group.terms) {
      if (weight <= strength) continue;
      if (index.postings.contains(termId, passageIndex)) strength = weight;
      else if (titleWeightOf(index.titles, termId, passage) > 0) {
        strength = Math.max(strength, weight * TITLE_STRENGTH);
      }
    }
    return strength;
  });
}

/** Whether the title of the passage's section or article holds one of the group's terms. */
export function titleHoldsGroup(index: SearchIndex, passageIndex: number, group: QueryGroup): boolean {
  const passage = index.passages[passageIndex];
  return (
    passage !== undefined &&
    group.terms.some(({ termId }) => titleWeightOf(index.titles, termId, passage) > 0)
  );
}

/** For each group, whether it stands right next to the following group somewhere in the passage. */
function phraseLinks(evidence: PassageEvidence, groupCount: number): boolean[] {
  const links = new Array<boolean>(groupCount).fill(false);
  // Where each group was last seen, shifted by one so that groups -1 and groupCount need no bounds check.
  const lastSeen = new Array<number>(groupCount + 2).fill(Number.NEGATIVE_INFINITY);
  const { wordGroups, wordStrengths } = evidence;
  for (let position = 0; position < wordGroups.length; position += 1) {
    const group = wordGroups[position] as number;
    // Only words spelled as asked form a fixed phrase; a synonym or an alias beside another
    // match is a paraphrase of a clause, whose words are separate concepts.
    if (group < 0 || (wordStrengths[position] as number) < PHRASE_STRENGTH) continue;
    if (position - (lastSeen[group] as number) <= PHRASE_DISTANCE) links[group - 1] = true;
    if (position - (lastSeen[group + 2] as number) <= PHRASE_DISTANCE) links[group] = true;
    lastSeen[group + 1] = position;
  }
  return links;
}

/**
 * Confidence that a passage answers the question: the share of the question's
 * weight (idf) that it matches. Question words the passage holds as one phrase
 * count as one concept (weight of the rarest), so a three-word name such as
 * كيم جونغ أون does not outweigh the one word that asks about it.
 */
export interface ConfidenceInput {
  readonly groups: readonly QueryGroup[];
  /** How strongly the passage matches each group (see groupStrengths). */
  readonly strengths: readonly number[];
  readonly importances: readonly number[];
  readonly evidence: PassageEvidence;
  readonly fitsAnswerType: boolean;
}

export function matchConfidence({
  groups,
  strengths,
  importances,
  evidence,
  fitsAnswerType,
}: ConfidenceInput): number {
  const links = phraseLinks(evidence, strengths.length);
  let matched = 0;
  let total = 0;
  let concepts = 0;
  let matchedConcepts = 0;
  let specific = false;
  let sureConcepts = 0;
  // What absent words the corpus never uses weigh against the passage, counted apart (see above).
  let unknownMissing = 0;
  for (let g = 0; g < strengths.length; ) {
    let importance = importances[g] ?? 0;
    let strength = strengths[g] ?? 0;
    let end = g;
    while (links[end] && end + 1 < strengths.length) {
      end += 1;
      importance = Math.max(importance, importances[end] ?? 0);
      strength = Math.max(strength, strengths[end] ?? 0);
    }
    // A loose reading (synonym, root) is weaker evidence for ranking, but for deciding whether the
    // article speaks of the word at all it is strong: a paraphrase still names the thing asked about.
    const found = Math.sqrt(strength);
    matched += importance * found;
    const phrase = groups.slice(g, end + 1);
    if (strength === 0 && phrase.every((group) => group.terms.length === 0)) {
      unknownMissing += Math.min(importance, MISSING_IMPORTANCE_CAP);
    } else {
      total += importance * found + Math.min(importance, MISSING_IMPORTANCE_CAP) * (1 - found);
    }
    // Framing words ("number of", "reason") are not what a question is about.
    const framing = phrase.every((group) => group.framing);
    if (!framing) concepts += 1;
    if (!framing && strength >= SURE_MATCH) sureConcepts += 1;
    if (!framing && strength >= STRONG_MATCH) {
      matchedConcepts += end - g + 1 >= CLAUSE_LENGTH ? 2 : 1;
      specific ||= importance >= SPECIFIC_IMPORTANCE;
    }
    g = end + 1;
  }
  total +=
    sureConcepts >= 2
      ? Math.min(unknownMissing, MOST_UNKNOWN_WORDS_COUNTED * MISSING_IMPORTANCE_CAP)
      : unknownMissing;
  if (total === 0) return 0;
  let coverage = matched / total;
  // A question about one thing the article names, asking something it never says ("how old is
  // Kim Jong Un?"), matches a single concept; real answers match the name and what is asked about it.
  // One match is enough when it is specific: a word found in only a sliver of a large corpus.
  if (concepts > 1 && matchedConcepts < 2 && !specific) coverage *= SINGLE_CONCEPT_FACTOR;
  return fitsAnswerType ? coverage : coverage * WRONG_ANSWER_TYPE_FACTOR;
}
