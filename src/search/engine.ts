import type { Article } from '../corpus/article.js';
import { type AnswerType, answerTypeBit } from '../text/answer-types.js';
import { buildAnswer } from './answer-builder.js';
import { groupStrengths, matchConfidence, titleHoldsGroup } from './confidence.js';
import {
  leavesRoleUnnamed,
  listsNoNames,
  NAME_LIKE,
  nameFormKinds,
  roleUnknownToCorpus,
} from './named-role.js';
import { contradictsOrdinal, ordinalForms } from './ordinal-conflict.js';
import { type PassageEvidence, PassageScanner } from './passage-evidence.js';
import { personNameForms } from './person-names.js';
import {
  ALIAS_WEIGHT,
  type AnalyzedQuery,
  analyzeQuery,
  MAX_QUERY_GROUPS,
  type QueryGroup,
} from './query-analysis.js';
import { buildQueryResources } from './query-resources.js';
import { QueryTermTable } from './query-term-table.js';
import { Ranker, type RankingScope } from './ranking.js';
import { rerank } from './rerank.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import { tellsHolderStance } from './stance-speaker.js';
import type { Answer, AskOptions, SearchEngine } from './types.js';

/**
 * Below this confidence (the share of the question's weight the best passage
 * matches) the engine says the article does not answer. Calibrated on the
 * question sets in test/fixtures (see README, "Quality").
 */
export const DEFAULT_MIN_CONFIDENCE = 0.3;
/** Answers after the first are shown while at least this fraction of the threshold. */
const FOLLOWING_ANSWER_SHARE = 0.5;
export const DEFAULT_TOP = 3;
/**
 * How strongly a passage matches a question word it takes from the passage before it (the event a
 * sequel follows, the speaker a "وأضاف أن" goes on quoting): as a synonym does, since the passage
 * itself only refers back to it.
 */
const SEQUEL_STRENGTH = 0.6;
/**
 * How many BM25 candidates the proximity signal may reorder. The passage asked about is nearly always
 * among BM25's first ten: ten rather than twenty changed no first answer on any question set or
 * dataset, put the right passage into the first three for six questions in 9,865 and out of them for
 * two, and halved the passages the slowest questions of the seed article read.
 */
const RERANK_DEPTH = 10;

function scopeOf(index: SearchIndex, slug: string | undefined): RankingScope | undefined {
  if (slug === undefined) return { from: 0, to: index.passages.length };
  const articleIndex = index.articles.findIndex((article) => article.slug === slug);
  if (articleIndex === -1) return undefined;
  return {
    from: index.articleRanges[articleIndex * 2] as number,
    to: index.articleRanges[articleIndex * 2 + 1] as number,
  };
}

/** Build the index for a set of articles and answer questions over it. */
export function createSearchEngine(articles: readonly Article[]): SearchEngine {
  const index = buildSearchIndex(articles);
  const resources = buildQueryResources(index);
  const ranker = new Ranker(index, MAX_QUERY_GROUPS);
  const terms = new QueryTermTable(index.dictionary.size);
  const scanner = new PassageScanner(index, terms, MAX_QUERY_GROUPS);
  const formKinds = nameFormKinds(index);
  const personNames = personNameForms(index, (form) => formKinds[form] === NAME_LIKE);
  const ordinals = ordinalForms(index);
  const continuesSpeech = index.passages.some((passage) => passage.continuation === 'speaker');
  const fitsAnswerType = (passageIndex: number, answerType: AnswerType | undefined): boolean =>
    answerType === undefined ||
    ((index.passages[passageIndex]?.answerTypes ?? 0) & answerTypeBit(answerType)) !== 0;

  /**
   * Whether the scanned passage can give the kind of answer asked for. It cannot when it lacks a number
   * for "how many" or a date for "when"; when it tells of another of a series than the one asked about
   * (the last test for the first); when it never names whose stance the question asks about ("China's
   * view of the visit" from a passage on the visit alone), names them only as someone spoken of, or
   * tells their view of something else (Lukin on the war, asked his view of the sanctions); and no
   * passage can when the question is about a country the corpus never names ("Japan's position on …")
   * or asks how much of something it has no word of its own for ("how much is a worker's salary?").
   * These are read from the question's wording, which may mislead ("متى يحدث" often asks for a cause,
   * not a date), so they lower confidence.
   */
  function canAnswer(
    passageIndex: number,
    query: AnalyzedQuery,
    evidence: PassageEvidence,
    strengths: readonly number[],
    /** The groups the passage takes from the one before it (see groupsFromPrevious). */
    inherited: number,
  ): boolean {
    const { answerType, ordinal, aboutAbsentCountry, stanceHolder, countsUnknown } = query;
    if (aboutAbsentCountry || countsUnknown) return false;
    // A reason is often told without a causal word ("لإحياء التحالف"): lacking one only ranks lower.
    if (answerType !== 'reason' && !fitsAnswerType(passageIndex, answerType)) return false;
    if (stanceHolder) {
      if (stanceHolder.some((group) => (strengths[group] ?? 0) === 0)) return false;
      if (!tellsStanceOf(passageIndex, query.groups, stanceHolder, evidence, inherited)) return false;
      // Lukin's view of the war says nothing of his view of the sanctions.
      const { stanceTopic } = query;
      if (stanceTopic.length > 0 && stanceTopic.every((group) => (strengths[group] ?? 0) === 0)) return false;
    }
    return !(ordinal && contradictsOrdinal(index, ordinals, passageIndex, evidence, ordinal));
  }

  /**
   * Whether the passage tells the stance of the holder the question names (see tellsHolderStance),
   * or goes on quoting them from the passage before ("وأضاف أن …"), or its title names them: a
   * passage of an article about someone tells their views without naming them again.
   */
  function tellsStanceOf(
    passageIndex: number,
    groups: readonly QueryGroup[],
    holder: readonly number[],
    evidence: PassageEvidence,
    inherited: number,
  ): boolean {
    const spokenOfAround = holder.some(
      (group) =>
        (inherited & (1 << group)) !== 0 || titleHoldsGroup(index, passageIndex, groups[group] as QueryGroup),
    );
    return spokenOfAround || tellsHolderStance(index, passageIndex, evidence, holder);
  }

  /**
   * Whether the question asks for names the scanned passage cannot give: the name of whoever holds a
   * role, where the passage speaks of the role without naming anyone ("قال مسؤول بالأمن القومي الأمريكي"
   * for "what is the US official's name?") or the corpus never mentions the role; or the names of several
   * things, where the passage speaks of them without listing any. The passage itself shows this, so it
   * rules the passage out, however many of the question's other words it repeats.
   */
  function namesNoHolder(passageIndex: number, query: AnalyzedQuery, evidence: PassageEvidence): boolean {
    const { groups, personRole, namesOf } = query;
    if (namesOf && listsNoNames(index, formKinds, passageIndex, evidence, namesOf)) return true;
    if (personRole === undefined) return false;
    if (roleUnknownToCorpus(groups, personRole)) return true;
    const titleHolds = (group: number) =>
      titleHoldsGroup(index, passageIndex, groups[group] as (typeof groups)[number]);
    return leavesRoleUnnamed(index, formKinds, personNames, passageIndex, evidence, titleHolds, personRole);
  }

  /**
   * The question's groups a passage takes from the one before it, as a bit mask, of those that one
   * matches: the words of the event the question asks what came after, where the passage opens as its
   * sequel ("وبعد ذلك، …"), and the word asking what came later (لاحقا), which such a passage tells; any
   * word the passage before writes as asked (or by another name), the speaker's name among them, where
   * it goes on with the speaker that passage quotes ("وأضاف أن …").
   */
  function groupsFromPrevious(passageIndex: number, query: AnalyzedQuery): number {
    const { groups, eventBefore } = query;
    const continuation = index.passages[passageIndex]?.continuation ?? 'none';
    if (continuation === 'none') return 0;
    let mask = 0;
    // A question asking what came later is asking for a sequel.
    if (continuation === 'sequel' && query.later !== -1) mask |= 1 << query.later;
    const count = continuation === 'sequel' ? eventBefore.length : groups.length;
    for (let at = 0; at < count; at += 1) {
      const group = continuation === 'sequel' ? (eventBefore[at] as number) : at;
      for (const { termId, weight } of (groups[group] as QueryGroup).terms) {
        // The speaker is named before, not paraphrased: a lexicon partner or a root there carries nothing over.
        if (continuation === 'speaker' && weight < ALIAS_WEIGHT) continue;
        if (index.postings.contains(termId, passageIndex - 1)) {
          mask |= 1 << group;
          break;
        }
      }
    }
    return mask;
  }

  /**
   * What a passage covers of the question, given the groups it matches (see RerankInput.coveredGroups):
   * with those it takes from the passage before it, and without the event's words where it tells the
   * event a sequel follows, since the question asks what came after it.
   */
  function coveredWithPrevious(passageIndex: number, matched: number, query: AnalyzedQuery): number {
    let covered = matched | groupsFromPrevious(passageIndex, query);
    if (index.passages[passageIndex + 1]?.continuation === 'sequel') {
      for (const group of query.eventBefore) covered &= ~(1 << group);
    }
    return covered;
  }

  /**
   * What a sequel borrows of the event it follows, in BM25 units: the words of the event the question
   * asks what came after (and the word asking what came later) that the passage before matches and it
   * does not, each as a synonym would count, at about the weight of one occurrence.
   */
  function borrowedFromEvent(
    passageIndex: number,
    matched: number,
    query: AnalyzedQuery,
    importances: readonly number[],
  ): number {
    if (index.passages[passageIndex]?.continuation !== 'sequel') return 0;
    return borrowedEvidence(groupsFromPrevious(passageIndex, query) & ~matched, importances);
  }

  /** What the groups of a bit mask count as borrowed: each as a synonym would, SEQUEL_STRENGTH of its weight. */
  function borrowedEvidence(groupMask: number, importances: readonly number[]): number {
    let evidence = 0;
    for (let group = 0; group < importances.length; group += 1) {
      if ((groupMask & (1 << group)) !== 0) evidence += SEQUEL_STRENGTH * (importances[group] as number);
    }
    return evidence;
  }

  // The question being answered, for rerank's coveredGroups: one function made with the engine costs
  // less than a closure made for every question.
  let asked: AnalyzedQuery | undefined;
  let askedImportances: readonly number[] = [];
  const coveredByAsked = (passageIndex: number, matched: number): number =>
    asked ? coveredWithPrevious(passageIndex, matched, asked) : matched;
  const borrowedByAsked = (passageIndex: number, matched: number): number =>
    asked ? borrowedFromEvent(passageIndex, matched, asked, askedImportances) : 0;

  /** The share of the question's weight the passage answers (see matchConfidence); leaves it scanned. */
  function confidenceIn(passageIndex: number, query: AnalyzedQuery, importances: readonly number[]): number {
    const { groups } = query;
    scanner.scan(passageIndex);
    const evidence = scanner.evidence();
    const strengths = groupStrengths(index, passageIndex, groups);
    // A sequel tells what came after the event the passage before it tells; "وأضاف أن" quotes its speaker.
    const inherited = groupsFromPrevious(passageIndex, query);
    for (let group = 0; group < groups.length; group += 1) {
      if ((inherited & (1 << group)) !== 0)
        strengths[group] = Math.max(strengths[group] ?? 0, SEQUEL_STRENGTH);
    }
    if (query.asksUnknownFact || namesNoHolder(passageIndex, query, evidence)) return 0;
    return matchConfidence({
      groups,
      strengths,
      importances,
      evidence,
      fitsAnswerType: canAnswer(passageIndex, query, evidence, strengths, inherited),
    });
  }

  /** The most a sequel can borrow (see borrowedFromEvent): every event word, and the "later" one. */
  function mostBorrowed(query: AnalyzedQuery, importances: readonly number[]): number {
    let groupMask = query.later === -1 ? 0 : 1 << query.later;
    for (const group of query.eventBefore) groupMask |= 1 << group;
    return borrowedEvidence(groupMask, importances);
  }

  function ask(question: string, options: AskOptions = {}): Answer[] {
    const top = Math.max(1, Math.floor(options.top ?? DEFAULT_TOP));
    const minConfidence = options.minScore ?? DEFAULT_MIN_CONFIDENCE;
    const scope = scopeOf(index, options.article);
    if (!scope) return [];

    const analyzed = analyzeQuery(question, resources);
    asked = analyzed;
    const { groups, answerType, smallTalk } = analyzed;
    if (smallTalk || !groups.some((group) => group.terms.length > 0)) return [];
    const importances = groups.map((group) => ranker.importance(group));
    askedImportances = importances;
    terms.load(groups);
    const asksAfter = analyzed.eventBefore.length > 0 || analyzed.later !== -1;
    const candidates = ranker.rank(groups, scope, Math.max(RERANK_DEPTH, top));

    const reranked = rerank({
      candidates: asksAfter ? ranker.withSequels(candidates, groups, scope) : candidates,
      groups,
      importances,
      scanner,
      top,
      answerType,
      fitsAnswerType,
      coveredGroups: asksAfter || continuesSpeech ? coveredByAsked : undefined,
      borrowedEvidence: asksAfter
        ? { most: mostBorrowed(analyzed, importances), of: borrowedByAsked }
        : undefined,
    });
    const best = reranked[0];
    if (!best) return [];
    // Coverage chooses which passage to quote, not whether the article answers: where it promotes a
    // passage over the one the evidence alone puts first, both must be confident. (Judged without it,
    // near-miss questions would be answered by whichever passage shares the most of their words.)
    const evidenceBest = reranked.reduce((first, ranked) =>
      ranked.evidenceScore > first.evidenceScore ? ranked : first,
    );
    const evidenceConfidence =
      evidenceBest === best ? 1 : confidenceIn(evidenceBest.passageIndex, analyzed, importances);
    // The best passage is judged last, so the scanner still holds its reading for the excerpt below.
    const confidence = Math.min(evidenceConfidence, confidenceIn(best.passageIndex, analyzed, importances));
    const evidence = scanner.evidence();
    if (confidence < minConfidence) return [];

    // Later answers inherit the best one's confidence, scaled by how close their score comes to it.
    const answers: Answer[] = [];
    for (const ranked of reranked) {
      if (answers.length === top) break;
      const share = confidence * (ranked.score / best.score);
      if (ranked !== best && share < minConfidence * FOLLOWING_ANSWER_SHARE) break;
      // The best passage was read for confidence just now: its excerpt, always shown, is cut from that reading.
      const read = ranked === best ? evidence : undefined;
      answers.push(buildAnswer(index, ranked.passageIndex, groups, importances, share, read));
    }
    return answers;
  }

  return { articles, ask };
}
