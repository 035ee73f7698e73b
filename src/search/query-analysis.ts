import type { LRUCache } from 'lru-cache';
import { type AnswerType, askedPlaceFact, countedWord, expectedAnswerType } from '../text/answer-types.js';
import { isCountryName } from '../text/countries.js';
import { isCourtesyWord } from '../text/courtesy.js';
import { decadeOf } from '../text/decades.js';
import { isFramingWord } from '../text/framing-words.js';
import { normalizeArabic } from '../text/normalize.js';
import { askedOrdinal, ordinalClass } from '../text/ordinals.js';
import { askedNamesOf, askedPersonRole, type PersonRole } from '../text/person-questions.js';
import { withPhrasesRead } from '../text/phrase-readings.js';
import { eventAskedAfter, laterAskedIn } from '../text/sequels.js';
import { isOneSlip } from '../text/slips.js';
import { askedStanceHolder, askedStanceTopic } from '../text/stance-questions.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord, withoutJoiningConjunction } from '../text/stopwords.js';
import { wordsOf } from '../text/tokenize.js';
import type { AliasIndex } from './alias-phrases.js';
import type { LexiconMap } from './lexicon-map.js';
import { NO_VALUES } from './multimap.js';
import type { OrdinalGroup } from './ordinal-conflict.js';
import type { TermDictionary } from './term-dictionary.js';
import {
  MAX_REPAIRABLE_LENGTH,
  MIN_REPAIRABLE_LENGTH,
  spellingSimilarity,
  type TypoRepair,
} from './typo-repair.js';
import type { VowelVariants } from './vowel-variants.js';
import type { WordFormTable } from './word-form-table.js';
import {
  PROCLITICS,
  peelClitics,
  QUERY_WEIGHT,
  READING_KINDS,
  withoutInflectedEnding,
  wordTerms,
} from './word-terms.js';

/** One alternative a query word may match, weighted by how sure the reading is. */
export interface QueryTerm {
  readonly termId: number;
  readonly weight: number;
}

/**
 * One content word of the question with every form it may take in the text.
 * A passage scores a group by its best alternative (a disjunction-max, as in
 * Lucene's synonym handling), so expansions never count twice.
 */
export interface QueryGroup {
  readonly word: string;
  readonly terms: readonly QueryTerm[];
  /** A word like "number" or "reason" that frames a question rather than naming its topic. */
  readonly framing: boolean;
}

export interface QueryResources {
  readonly dictionary: TermDictionary;
  /** Whether the corpus has word form `left` directly followed by word form `right` somewhere. */
  readonly adjacent: (left: number, right: number) => boolean;
  readonly wordForms: WordFormTable;
  readonly wordFormIds: ReadonlyMap<string, number>;
  readonly typoRepair: TypoRepair;
  readonly aliases: AliasIndex;
  readonly lexicon: LexiconMap;
  /**
   * What analysis learnt about single words, kept across questions: a word's
   * analysis depends on the word and the index alone, and the words people ask
   * with repeat from one question to the next (see WordMemo).
   */
  readonly memo: WordMemo;
  /** Spellings of the text's words that differ in their long vowels alone (see VowelVariants). */
  readonly vowelVariants: VowelVariants;
}

/**
 * What analysis has learnt about each word, bounded so that a flood of new
 * words (pasted text, gibberish) evicts old ones instead of growing it.
 */
export type WordMemo = LRUCache<string, WordAnalysis>;

/** What analysis has learnt about one word: its facts at once, the rest when first needed. */
export interface WordAnalysis {
  readonly facts: WordFacts;
  group?: QueryGroup;
  /** Whether a stem of the word is a known name misspelt (see TypoRepair.isNameVariant). */
  nameVariant?: boolean;
  /** The spellings an article's alias name may meet the word by (see QueryAnalyzer.aliasReadings). */
  aliasReadings?: readonly string[];
  /** The word as two words the text writes side by side (see QueryAnalyzer.split), or alone. */
  parts?: readonly string[];
  /** The word's group with an alias name's term added, by that term (see QueryAnalyzer.aliasedGroup). */
  aliased?: Map<number, QueryGroup>;
}

/** Longer input is cut: no real question needs it, and work must stay bounded for hostile input. */
export const MAX_QUESTION_LENGTH = 1_000;
export const MAX_QUERY_GROUPS = 32;

export const ALIAS_WEIGHT = 0.85;
export const LEXICON_WEIGHT = 0.6;
// A year of the decade asked about says what the decade's name says, like another name of one place.
const DECADE_YEAR_WEIGHT = ALIAS_WEIGHT;
// A repaired word is trusted less than a word spelled as the text spells it.
const REPAIR_WEIGHT = 0.85;
const MIN_SPLIT_PART = 3;

/** Long enough to hold two words, and not so long that trying every cut would stall on a pasted token. */
function isSplittable(word: string): boolean {
  return word.length >= MIN_SPLIT_PART * 2 && word.length <= MAX_REPAIRABLE_LENGTH;
}

function addTerm(terms: QueryTerm[], termId: number, weight: number): void {
  for (let i = 0; i < terms.length; i += 1) {
    const existing = terms[i] as QueryTerm;
    if (existing.termId !== termId) continue;
    if (existing.weight < weight) terms[i] = { termId, weight };
    return;
  }
  terms.push({ termId, weight });
}

/** A copy of the group with one more term. */
function withTerm(group: QueryGroup, termId: number, weight: number): QueryGroup {
  const terms = [...group.terms];
  addTerm(terms, termId, weight);
  return { word: group.word, terms, framing: group.framing };
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** Whether some reading is surer than a root, which alone is too loose to stand for the word. */
function hasSureReading(terms: readonly QueryTerm[]): boolean {
  return terms.some((term) => term.weight > QUERY_WEIGHT.root);
}

/** What analysis needs to know about one word of the question, worked out once. */
export interface WordFacts {
  readonly stop: boolean;
  /** Its light stems, most likely first (see stemReadings). */
  readonly readings: readonly string[];
  /** The reading that stands for the word: its likeliest stem, or the word itself when it has none. */
  readonly primary: string;
  /** Its id in the corpus's word-form table, when the text uses this exact form. */
  readonly form: number | undefined;
  /** A content word the corpus contains, as written or by a stem. */
  readonly known: boolean;
  /** Which ordinal the word is (see ordinalClass), or -1. */
  readonly ordinal: number;
  /** Whether the word names a country (see isCountryName). */
  readonly country: boolean;
}

/** Analyses one question word by word, through what earlier questions taught the memo. */
class QueryAnalyzer {
  // This question's words so far: each is asked about several times, and a plain map is cheaper than
  // the memo, whose every lookup also records the word as recently used.
  private readonly seen = new Map<string, WordAnalysis>();

  constructor(private readonly resources: QueryResources) {}

  private analysis(word: string): WordAnalysis {
    const seen = this.seen.get(word);
    if (seen) return seen;
    const { memo } = this.resources;
    let analysis = memo.get(word);
    if (!analysis) {
      analysis = { facts: this.workOutFacts(word) };
      memo.set(word, analysis);
    }
    this.seen.set(word, analysis);
    return analysis;
  }

  facts(word: string): WordFacts {
    return this.analysis(word).facts;
  }

  group(word: string): QueryGroup {
    const analysis = this.analysis(word);
    analysis.group ??= this.workOutGroup(word, analysis.facts);
    return analysis.group;
  }

  /**
   * The spellings an alias name may meet the word by: its primary stem, its terms', and its stems
   * without a clitic light stemming keeps (لأمريكا: an alias name the text itself never writes has no
   * term to reach it by). See AliasIndex.find.
   */
  aliasReadings(word: string): readonly string[] {
    const analysis = this.analysis(word);
    if (!analysis.aliasReadings) {
      const { dictionary } = this.resources;
      const terms = this.group(word).terms.map(({ termId }) => dictionary.termOf(termId));
      const peeled = peelClitics(word).map((rest) => stemReadings(rest)[0] ?? rest);
      analysis.aliasReadings = [analysis.facts.primary, ...terms, ...peeled];
    }
    return analysis.aliasReadings;
  }

  /**
   * The word's group with the term of an article alias its words spell added (موسكو for روسيا), made
   * once per alias: remembered groups are shared between questions, so the term goes into a copy.
   */
  aliasedGroup(word: string, termId: number): QueryGroup {
    const analysis = this.analysis(word);
    analysis.aliased ??= new Map();
    let aliased = analysis.aliased.get(termId);
    if (!aliased) {
      aliased = withTerm(this.group(word), termId, ALIAS_WEIGHT);
      analysis.aliased.set(termId, aliased);
    }
    return aliased;
  }

  private workOutFacts(word: string): WordFacts {
    const { wordFormIds, dictionary } = this.resources;
    const stop = isStopWord(word);
    const readings = stop ? [] : stemReadings(word);
    const form = stop ? undefined : wordFormIds.get(word);
    return {
      stop,
      readings,
      primary: readings[0] ?? word,
      form,
      known: !stop && (form !== undefined || readings.some((stem) => dictionary.has(stem))),
      ordinal: ordinalClass(word),
      country: !stop && isCountryName(word),
    };
  }

  /**
   * Names split or joined differently from the text: بيونغ يانغ for بيونغيانغ is
   * joined when neither half is known but the whole is (or nearly is: بيونج يانج);
   * جونغأون is split when the whole is unknown but both halves are known.
   */
  respace(words: readonly string[]): string[] {
    const result: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] as string;
      const next = words[i + 1];
      const facts = this.facts(word);
      if (next !== undefined && this.joins(facts, word, next)) {
        result.push(word + next);
        i += 1;
      } else if (!facts.stop && !facts.known && isSplittable(word)) {
        const analysis = this.analysis(word);
        analysis.parts ??= this.split(word) ?? [word];
        result.push(...analysis.parts);
      } else {
        result.push(word);
      }
    }
    return result;
  }

  private joins(facts: WordFacts, word: string, next: string): boolean {
    if (facts.stop || facts.known) return false;
    const nextFacts = this.facts(next);
    if (nextFacts.stop || nextFacts.known) return false;
    const joined = this.analysis(word + next);
    const { typoRepair } = this.resources;
    joined.nameVariant ??= joined.facts.readings.some((stem) => typoRepair.isNameVariant(stem));
    return joined.facts.known || joined.nameVariant;
  }

  private split(word: string): [string, string] | undefined {
    const { wordFormIds } = this.resources;
    for (let cut = MIN_SPLIT_PART; cut <= word.length - MIN_SPLIT_PART; cut += 1) {
      const left = wordFormIds.get(word.slice(0, cut));
      const right = wordFormIds.get(word.slice(cut));
      // Only where the text itself writes the two as neighbours: otherwise نيوتون would become نيو + تون.
      if (left !== undefined && right !== undefined && this.resources.adjacent(left, right)) {
        return [word.slice(0, cut), word.slice(cut)];
      }
    }
    return undefined;
  }

  /** The readings of a word the index knows, with query weights. */
  private knownTerms(word: string, facts: WordFacts): QueryTerm[] {
    const { dictionary, wordForms } = this.resources;
    const terms: QueryTerm[] = [];
    // A word the corpus itself uses was analyzed when the index was built.
    const { form } = facts;
    if (form !== undefined) {
      for (let i = wordForms.starts[form] as number; i < (wordForms.starts[form + 1] as number); i += 1) {
        const kind = READING_KINDS[wordForms.kinds[i] as number] ?? 'root';
        terms.push({ termId: wordForms.termIds[i] as number, weight: QUERY_WEIGHT[kind] });
      }
      return terms;
    }
    for (const { term, kind } of wordTerms(word, (stem) => dictionary.has(stem), facts.readings)) {
      const termId = dictionary.idOf(term);
      if (termId !== undefined) terms.push({ termId, weight: QUERY_WEIGHT[kind] });
    }
    return terms;
  }

  /**
   * A four-letter stem is too short to repair alone (see TypoRepair.nearTerms), but a repair is
   * sure where it gives back a word the text writes with the same ending, with or without the
   * prefixes: الحدبدية → الحديدية, المجاغة → مجاعة.
   */
  private repairShortStems(word: string, readings: readonly string[], terms: QueryTerm[]): void {
    const { dictionary, typoRepair, wordFormIds } = this.resources;
    for (const stem of readings) {
      const at = word.indexOf(stem);
      if (at === -1) continue;
      const ending = word.slice(at + stem.length);
      for (const near of typoRepair.nearTerms(stem)) {
        // Four letters reordered are most often another real word (عالم "world", عامل "worker").
        if (sameLetters(stem, near)) continue;
        const termId = dictionary.idOf(near);
        const meant = word.slice(0, at) + near + ending;
        if (termId === undefined || !(wordFormIds.has(meant) || wordFormIds.has(near + ending))) continue;
        addTerm(terms, termId, REPAIR_WEIGHT * spellingSimilarity(word, meant));
      }
    }
  }

  /**
   * The text's other spellings of a stem the word surely has, differing in long vowels alone
   * (السوفيتي ~ السوفييتي): trusted as a repaired word is, since they are now and then another word.
   */
  private addVowelVariants(terms: QueryTerm[]): void {
    const { dictionary, vowelVariants } = this.resources;
    for (const { termId, weight } of [...terms]) {
      if (weight < QUERY_WEIGHT.stem) continue;
      for (const variant of vowelVariants.of(dictionary.termOf(termId))) {
        const variantId = dictionary.idOf(variant);
        if (variantId !== undefined) addTerm(terms, variantId, REPAIR_WEIGHT);
      }
    }
  }

  /** A decade (الخمسينيات, الخمسينات) is its tens word, as the text's decade words are, and its years. */
  private addDecade(word: string, terms: QueryTerm[]): void {
    const decade = decadeOf(word);
    if (!decade) return;
    const { dictionary } = this.resources;
    const tensId = dictionary.idOf(decade.tens);
    if (tensId !== undefined) addTerm(terms, tensId, QUERY_WEIGHT.stem);
    for (const year of decade.years) {
      const yearId = dictionary.idOf(year);
      if (yearId !== undefined) addTerm(terms, yearId, DECADE_YEAR_WEIGHT);
    }
  }

  private workOutGroup(word: string, facts: WordFacts): QueryGroup {
    const { dictionary, lexicon, typoRepair } = this.resources;
    const { readings } = facts;
    const terms = this.knownTerms(word, facts);
    // The text may only use the word behind a proclitic light stemming keeps (بتزويد for تزويد).
    if (!hasSureReading(terms)) {
      for (const stem of readings) {
        for (const proclitic of PROCLITICS) {
          const termId = dictionary.idOf(proclitic + stem);
          if (termId !== undefined) addTerm(terms, termId, QUERY_WEIGHT.variant);
        }
      }
    }
    // A root alone is too loose to stand for the word; a close spelling is likelier what was meant.
    if (!hasSureReading(terms)) {
      for (const stem of readings) {
        for (const { term, similarity } of typoRepair.suggest(stem)) {
          const termId = dictionary.idOf(term);
          if (termId !== undefined) addTerm(terms, termId, REPAIR_WEIGHT * similarity);
        }
      }
    }
    if (!hasSureReading(terms)) this.repairShortStems(word, readings, terms);
    // A word whose stems are too short to repair alone may be a misspelt form the text writes whole:
    // الكوربه is one letter from الكوريه, whose stem كور is indexed under that spelling (see isOneSlip).
    if (!hasSureReading(terms) && readings.every((stem) => stem.length < MIN_REPAIRABLE_LENGTH)) {
      for (const { term, similarity, spelling } of typoRepair.suggest(word)) {
        const termId = dictionary.idOf(term);
        if (termId !== undefined && isOneSlip(word, spelling)) {
          addTerm(terms, termId, REPAIR_WEIGHT * similarity);
        }
      }
    }
    this.addVowelVariants(terms);
    this.addDecade(word, terms);
    // Lexicon partners of every reading, including unconfirmed ones: اتأسست is not in the
    // text, but its reading تأسست has the partner تشكلت, which is.
    const lexiconReadings: string[] = [facts.primary];
    for (const rest of peelClitics(word)) lexiconReadings.push(...stemReadings(rest));
    // خطابا is not in the text, but its reading خطاب has the partner رسالة, which is.
    for (const reading of [...lexiconReadings]) lexiconReadings.push(...withoutInflectedEnding(reading));
    for (const { termId } of terms) lexiconReadings.push(dictionary.termOf(termId));
    lexiconReadings.forEach((reading, at) => {
      if (lexiconReadings.indexOf(reading) !== at) return;
      for (const partnerId of lexicon.get(reading) ?? NO_VALUES) addTerm(terms, partnerId, LEXICON_WEIGHT);
    });
    return { word, terms, framing: isFramingWord(word) };
  }
}

export interface AnalyzedQuery {
  readonly groups: readonly QueryGroup[];
  /**
   * Thanks or a greeting with at most one other word ("شكرا على المساعدة"):
   * conversation, not a question, although its one word may occur in the text.
   */
  readonly smallTalk: boolean;
  /** The kind of answer the question word asks for ("how many" → a number), if any. */
  readonly answerType: AnswerType | undefined;
  /**
   * The groups naming the event the question asks what came after ("بعد عودة القطارات"): a passage
   * that opens as the sequel of the one telling that event answers with that event's words too.
   */
  readonly eventBefore: readonly number[];
  /** The group of the word asking what came later ("لاحقا"), which a sequel paragraph answers; -1 if none. */
  readonly later: number;
  /** The role whose holder's name the question asks for ("ما اسم وزير الخارجية؟"), if it asks. */
  readonly personRole: RoleGroups | undefined;
  /** The things the question asks a list of names of ("ما أسماء المناطق …؟"), as groups, if it asks. */
  readonly namesOf: RoleGroups | undefined;
  /** The word the question qualifies with an ordinal ("أول تجربة"), as a group, if it does. */
  readonly ordinal: OrdinalGroup | undefined;
  /** The question names a country the corpus never mentions ("ما موقف اليابان …؟"). */
  readonly aboutAbsentCountry: boolean;
  /** The groups naming whose stance the question asks about ("ما موقف كوريا الجنوبية من …؟"), if it asks. */
  readonly stanceHolder: readonly number[] | undefined;
  /** The groups naming what that stance is about ("الحرب" in "ما موقف الصين من الحرب؟"); empty if none. */
  readonly stanceTopic: readonly number[];
  /**
   * "How much" of something the corpus has no word of its own for ("كم راتب العامل؟": the text says
   * neither راتب nor معاش, only أجرتها "conducted", the lexicon's partner for "wage"): the numbers it
   * gives count other things.
   */
  readonly countsUnknown: boolean;
  /**
   * A fact of a place the corpus never writes the word for ("ما عاصمة كوريا الجنوبية؟", "ما هي عملة
   * كوريا الشمالية؟"): the text may name the place, and even its capital as an alias, but never says
   * which is its capital. The word is looked for as written: عملة "currency" is not عمل "work".
   */
  readonly asksUnknownFact: boolean;
}

/** A role the question asks a name for, as query groups: the role word's and its qualifiers'. */
export interface RoleGroups {
  readonly role: number;
  readonly qualifiers: readonly number[];
}

function ordinalGroupOf(
  groups: readonly QueryGroup[],
  words: readonly string[],
  ordinalOf: (word: string) => number,
): OrdinalGroup | undefined {
  const asked = askedOrdinal(words, ordinalOf);
  const group = asked ? groupOfWord(groups, asked.word) : -1;
  return asked && group !== -1 ? { group, ordinal: asked.ordinal } : undefined;
}

function stanceHolderGroupsOf(
  groups: readonly QueryGroup[],
  holder: readonly string[] | undefined,
): readonly number[] | undefined {
  if (!holder) return undefined;
  // Only words the corpus uses can be looked for: "the two capitals" may stand for names it uses.
  const named = groupsOfWords(groups, holder).filter((group) =>
    hasSureReading((groups[group] as QueryGroup).terms),
  );
  return named.length > 0 ? named : undefined;
}

function countsUnknownWord(groups: readonly QueryGroup[], words: readonly string[]): boolean {
  const counted = countedWord(words);
  const group = counted === undefined ? -1 : groupOfWord(groups, counted);
  // Lexicon partners are other words: a synonym of the counted word may be a homograph in the text.
  return group !== -1 && (groups[group] as QueryGroup).terms.every((term) => term.weight <= LEXICON_WEIGHT);
}

function asksUnwrittenFact(words: readonly string[], resources: QueryResources): boolean {
  const fact = askedPlaceFact(words);
  if (fact === undefined) return false;
  const bare = fact.replace(/^ال/, '');
  return ![bare, `ال${bare}`].some((form) => resources.wordFormIds.has(form));
}

// Punctuation that ends a clause: "بعد ما القطارات رجعت، روسيا عملت إيه؟".
const CLAUSE_BREAK = /[،,؛;:]/;

/**
 * The words naming the event the question asks what came after (see eventAskedAfter), within the
 * clause that names it: after "بعد ما القطارات رجعت،" comes what the question asks about.
 */
function eventWords(normalized: string, normalizedWords: readonly string[]): readonly string[] {
  if (!CLAUSE_BREAK.test(normalized)) return eventAskedAfter(normalizedWords);
  for (const clause of normalized.split(CLAUSE_BREAK)) {
    const event = eventAskedAfter(wordsOf(clause).map(withoutJoiningConjunction));
    if (event.length > 0) return event;
  }
  return [];
}

function groupOfWord(groups: readonly QueryGroup[], word: string): number {
  return groups.findIndex((group) => group.word === word);
}

/** The groups of those words that have one (a stop word has none), in the words' order. */
function groupsOfWords(groups: readonly QueryGroup[], words: readonly string[]): number[] {
  return words.map((word) => groupOfWord(groups, word)).filter((group) => group !== -1);
}

function roleGroupsOf(groups: readonly QueryGroup[], asked: PersonRole | undefined): RoleGroups | undefined {
  if (!asked) return undefined;
  const role = groupOfWord(groups, asked.role);
  if (role === -1) return undefined;
  return { role, qualifiers: groupsOfWords(groups, asked.qualifiers) };
}

/**
 * The groups with the terms of the article aliases their words spell (موسكو for روسيا), given each
 * group's alias readings; the same groups when none.
 */
function withAliasTerms(
  groups: readonly QueryGroup[],
  readings: readonly (readonly string[])[],
  resources: QueryResources,
  analyzer: QueryAnalyzer,
): readonly QueryGroup[] {
  const { aliases, dictionary } = resources;
  const matches = aliases.find(readings);
  if (matches.length === 0) return groups;
  const result = [...groups];
  for (const match of matches) {
    const termId = dictionary.idOf(match.groupTerm);
    if (termId === undefined) continue;
    for (let g = match.start; g < match.end; g += 1) {
      const group = result[g] as QueryGroup;
      // A word in two alias names (rare) takes the second term in a copy of its own.
      result[g] =
        group === groups[g]
          ? analyzer.aliasedGroup(group.word, termId)
          : withTerm(group, termId, ALIAS_WEIGHT);
    }
  }
  return result;
}

/** Turn a question into weighted term groups, one per content word. */
export function analyzeQuery(question: string, resources: QueryResources): AnalyzedQuery {
  const analyzer = new QueryAnalyzer(resources);
  const normalized = normalizeArabic(question.slice(0, MAX_QUESTION_LENGTH));
  // "من هو لوكين وأين يعمل؟": a second question joined by a conjunction asks as a question word alone does.
  const normalizedWords = wordsOf(normalized).map(withoutJoiningConjunction);
  const stanceHolder = askedStanceHolder(normalizedWords);
  const answerType = expectedAnswerType(normalizedWords, stanceHolder);
  const words = analyzer.respace(withPhrasesRead(normalizedWords));

  const groups: QueryGroup[] = [];
  const primaries: string[] = [];
  for (const word of words) {
    const { stop, primary } = analyzer.facts(word);
    if (stop) continue;
    if (primaries.includes(primary)) continue;
    primaries.push(primary);
    groups.push(analyzer.group(word));
    if (groups.length === MAX_QUERY_GROUPS) break;
  }

  const withAliases = resources.aliases.isEmpty
    ? groups
    : withAliasTerms(
        groups,
        groups.map((group) => analyzer.aliasReadings(group.word)),
        resources,
        analyzer,
      );
  return {
    groups: withAliases,
    answerType,
    smallTalk: groups.length <= 1 && normalizedWords.some(isCourtesyWord),
    later: groupOfWord(withAliases, laterAskedIn(normalizedWords) ?? ''),
    eventBefore: groupsOfWords(withAliases, eventWords(normalized, normalizedWords)),
    personRole: roleGroupsOf(withAliases, askedPersonRole(normalizedWords)),
    namesOf: roleGroupsOf(withAliases, askedNamesOf(normalizedWords)),
    ordinal: ordinalGroupOf(withAliases, normalizedWords, (word) => analyzer.facts(word).ordinal),
    stanceHolder: stanceHolderGroupsOf(withAliases, stanceHolder),
    stanceTopic: stanceHolder
      ? groupsOfWords(withAliases, askedStanceTopic(normalizedWords, stanceHolder))
      : [],
    // Only a number counts something: a duration or a year (كم دام، سنة كام) is told in dates.
    countsUnknown: answerType === 'number' && countsUnknownWord(withAliases, normalizedWords),
    asksUnknownFact: asksUnwrittenFact(normalizedWords, resources),
    // An article's alias may stand for the country (a capital): that counts as naming it.
    aboutAbsentCountry: withAliases.some(
      (group) => analyzer.facts(group.word).country && !hasSureReading(group.terms),
    ),
  };
}
