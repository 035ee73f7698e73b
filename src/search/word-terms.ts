import { approximateRoot } from '../text/root.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';

/**
 * How a term was read off a word, from surest to loosest:
 * - stem: a light stem of the word itself;
 * - variant: a stem found by peeling a clitic or ending light stemming keeps,
 *   kept only where the corpus confirms the reading (see wordTerms);
 * - root: the approximate triliteral root, a weak reading that relates
 *   derivations (تزويد/زودت) but also merges unrelated words.
 */
export const READING_KINDS = ['stem', 'variant', 'root'] as const;
export type ReadingKind = (typeof READING_KINDS)[number];

export interface WordTerm {
  readonly term: string;
  readonly kind: ReadingKind;
}

/** How much a query word's reading counts, by kind. */
export const QUERY_WEIGHT: Readonly<Record<ReadingKind, number>> = { stem: 1, variant: 0.7, root: 0.35 };
/**
 * How much an occurrence counts toward a passage's term frequency, by kind.
 * Roots live in their own namespace, so an occurrence counts fully there; the
 * query side decides how much a root match is worth.
 */
export const INDEX_WEIGHT: Readonly<Record<ReadingKind, number>> = { stem: 1, variant: 0.7, root: 1 };

/** Roots get a prefix no word can have, so "√عمل" never collides with the word عمل. */
export const ROOT_PREFIX = '√';

/** One-letter proclitics that light stemming leaves on a word: لروسيا, بتصدير. */
export const PROCLITICS = ['ب', 'ل', 'ك'] as const;
// A single proclitic, optionally after و or ف: وبتزويد.
const PROCLITIC = new RegExp(`^[وف]?[${PROCLITICS.join('')}]`);
// An indefinite accusative writes its tanween as a final alef (رئيسا, عاما, شريكا), which light
// stemming keeps; at least three letters stay before it, so جدا and ابدا are left alone.
const ACCUSATIVE_ALEF = /^.{3,}ا$/;
// A verb's feminine ت, which light stemming keeps on أجرت but drops with the pronoun after it
// (أجرتها → اجر, read like علاقتها → علاق); at least three letters stay before it.
const FEMININE_TA = /^.{3,}ت$/;
// Egyptian and Levantine passive/reflexive verbs: اتأسست for تأسست.
const COLLOQUIAL_PASSIVE = /^ات(?=ت|.{4})/;
// The Egyptian future's ه (or ح) before a present-tense verb: هيتكلموا for يتكلموا.
const COLLOQUIAL_FUTURE = /^[هح](?=[يتن].{3})/;
// A verb's plural ending, which light stemming keeps: اتكلموا, حكيوا, and with an object pronoun
// after it, بيبحثونه, عملوها; at least three letters stay. (A bare و is left: it ends names, توجو.)
const VERB_PLURAL_ENDING = /^(.{3,}?)(?:وا|ون?(?=ه|ها|هم))(?:ه|ها|هم)?$/;

function addReading(terms: WordTerm[], term: string, kind: ReadingKind): void {
  if (!terms.some((existing) => existing.term === term)) terms.push({ term, kind });
}

/** The word without a leading clitic light stemming keeps, each a plausible reading to confirm. */
export function peelClitics(word: string): string[] {
  const peeled: string[] = [];
  const proclitic = PROCLITIC.exec(word);
  if (proclitic && word.length - proclitic[0].length >= 3) peeled.push(word.slice(proclitic[0].length));
  if (COLLOQUIAL_PASSIVE.test(word) || COLLOQUIAL_FUTURE.test(word)) peeled.push(word.slice(1));
  // The plural ending comes off the word as typed and off each form the prefixes left: هيتكلموا → يتكلم.
  for (const form of [word, ...peeled]) {
    const stem = VERB_PLURAL_ENDING.exec(form)?.[1];
    if (stem !== undefined) peeled.push(stem);
  }
  return peeled;
}

/** The stems of a term without an accusative alef or a feminine ت light stemming keeps (رئيسا → رئيس). */
export function withoutInflectedEnding(term: string): readonly string[] {
  return ACCUSATIVE_ALEF.test(term) || FEMININE_TA.test(term) ? stemReadings(term.slice(0, -1)) : [];
}

/**
 * The terms of one normalized word. Readings that peel off a proclitic
 * (لروسيا → روسيا), a country's يا ending (روسيا → روس, shared with الروسية) or
 * an accusative alef (رئيسا → رئيس) are only plausible: بيونغيانغ, كوريا and
 * لوكين also begin with those letters, and كوريا ends with the alef.
 * They are kept when `isKnownStem` says the corpus uses the result as a word.
 * Stop words have no terms. `readings` are the word's stemReadings, when the caller has them already.
 */
export function wordTerms(
  word: string,
  isKnownStem: (stem: string) => boolean,
  readings: readonly string[] = stemReadings(word),
): WordTerm[] {
  if (isStopWord(word)) return [];
  const terms: WordTerm[] = readings.map((term) => ({ term, kind: 'stem' }));

  const peeled = peelClitics(word);
  for (const rest of peeled) {
    if (isStopWord(rest)) continue;
    for (const reading of stemReadings(rest)) if (isKnownStem(reading)) addReading(terms, reading, 'variant');
  }
  for (const { term } of [...terms]) {
    if (term.length >= 5 && term.endsWith('يا') && isKnownStem(term.slice(0, -2)))
      addReading(terms, term.slice(0, -2), 'variant');
  }
  for (const { term } of [...terms]) {
    for (const reading of withoutInflectedEnding(term)) {
      if (isKnownStem(reading)) addReading(terms, reading, 'variant');
    }
  }

  const rootSources = [...terms.map((t) => t.term), ...peeled.flatMap((rest) => stemReadings(rest))];
  for (const source of rootSources) {
    const root = approximateRoot(source);
    if (root) {
      addReading(terms, ROOT_PREFIX + root, 'root');
      break;
    }
  }
  return terms;
}
