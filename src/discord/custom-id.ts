import { DISCORD_LIMITS } from './limits.js';

/**
 * Button custom ids that carry their whole state, so buttons keep working
 * after a restart and on any shard: nothing is kept in memory. An id is
 * `<kind><version>|field|field…`; the first segment routes the click, and a
 * new version simply stops matching, which the router answers politely.
 *
 * Answer pager: `a1|<action>|<page>|<hash>,<hash>…|<passage>;<passage>…`
 *   passage = `<article>.<section>.<paragraph>[.<start>.<length>]`, where
 *   article indexes the hash list, section is the 0-based section index,
 *   paragraph the 1-based number, and start/length locate the engine's excerpt
 *   in the paragraph text. Numbers are base 36 to save room.
 * Section pager: `s1|<action>|<page>|<hash>|<section>`.
 * `<page>` is the page shown when the button was made; the action (p)revious,
 * (n)ext, (f)ull paragraph or (e)xcerpt says where to go from it, and also
 * keeps the ids of one message's buttons distinct, as Discord requires.
 *
 * A hash is the first characters of the article's `contentHash`: it both
 * names the article and proves the text is unchanged since the button was
 * made; when no loaded article has it, the button is stale.
 */

export const ANSWER_PAGER = 'a1';
export const SECTION_PAGER = 's1';
const HASH_PREFIX_LENGTH = 8;

const FIELD_SEPARATOR = '|';
const LIST_SEPARATOR = ';';
const HASH_SEPARATOR = ',';
const NUMBER_SEPARATOR = '.';
const BASE = 36;

export type AnswerAction = 'previous' | 'next' | 'full' | 'excerpt';
export type SectionAction = 'previous' | 'next';

const ACTION_CODES = { previous: 'p', next: 'n', full: 'f', excerpt: 'e' } as const satisfies Record<
  AnswerAction,
  string
>;
const ACTION_BY_CODE = new Map(
  Object.entries(ACTION_CODES).map(([action, code]) => [code as string, action as AnswerAction]),
);

export interface TextSpan {
  readonly start: number;
  readonly length: number;
}

export interface PassageRef {
  /** Index into the pager's `articleHashes`. */
  readonly article: number;
  readonly section: number;
  readonly paragraph: number;
  /** Where the engine's excerpt sits in the paragraph; absent when it could not be located verbatim. */
  readonly span?: TextSpan;
}

/** Where an answer message is: which ranked passages it pages through, and which one it shows. */
export interface AnswerPager {
  readonly page: number;
  readonly articleHashes: readonly string[];
  readonly passages: readonly PassageRef[];
}

export interface SectionPager {
  readonly page: number;
  readonly articleHash: string;
  readonly section: number;
}

/** The routing key of a custom id: its kind and version. */
export function customIdKind(customId: string): string {
  return customId.split(FIELD_SEPARATOR, 1)[0] ?? '';
}

export function hashPrefix(contentHash: string): string {
  return contentHash.slice(0, HASH_PREFIX_LENGTH);
}

const toBase36 = (value: number) => value.toString(BASE);

/** Non-negative integers only: anything else means the id was not made by us. */
function fromBase36(text: string | undefined): number | undefined {
  if (text === undefined || !/^[0-9a-z]{1,8}$/.test(text)) return undefined;
  return Number.parseInt(text, BASE);
}

function encodePassage(passage: PassageRef): string {
  const numbers = [passage.article, passage.section, passage.paragraph];
  if (passage.span !== undefined) numbers.push(passage.span.start, passage.span.length);
  return numbers.map(toBase36).join(NUMBER_SEPARATOR);
}

function decodePassage(text: string): PassageRef | undefined {
  const numbers = text.split(NUMBER_SEPARATOR).map(fromBase36);
  if (numbers.some((number) => number === undefined)) return undefined;
  const [article, section, paragraph, start, length] = numbers as number[];
  if (article === undefined || section === undefined || paragraph === undefined) return undefined;
  if (numbers.length === 3) return { article, section, paragraph };
  if (numbers.length === 5 && start !== undefined && length !== undefined) {
    return { article, section, paragraph, span: { start, length } };
  }
  return undefined;
}

export function encodeAnswerButton(action: AnswerAction, pager: AnswerPager): string {
  return [
    ANSWER_PAGER,
    ACTION_CODES[action],
    toBase36(pager.page),
    pager.articleHashes.join(HASH_SEPARATOR),
    pager.passages.map(encodePassage).join(LIST_SEPARATOR),
  ].join(FIELD_SEPARATOR);
}

/** The action and pager an answer button stands for; undefined when the id is malformed. */
export function decodeAnswerButton(
  customId: string,
): { action: AnswerAction; pager: AnswerPager } | undefined {
  const [kind, actionCode, pageText, hashesText, passagesText, ...extra] = customId.split(FIELD_SEPARATOR);
  if (kind !== ANSWER_PAGER || extra.length > 0 || hashesText === undefined || passagesText === undefined) {
    return undefined;
  }
  const action = ACTION_BY_CODE.get(actionCode ?? '');
  const page = fromBase36(pageText);
  const articleHashes = hashesText.split(HASH_SEPARATOR);
  const passages = passagesText.split(LIST_SEPARATOR).map(decodePassage);
  if (action === undefined || page === undefined || articleHashes.some((hash) => !/^[0-9a-f]+$/.test(hash))) {
    return undefined;
  }
  if (passages.some((passage) => passage === undefined || passage.article >= articleHashes.length)) {
    return undefined;
  }
  return { action, pager: { page, articleHashes, passages: passages as PassageRef[] } };
}

/**
 * The pager cut down to the passages whose ids fit Discord's custom-id limit
 * (every action code is one character, so one check covers all buttons).
 * Hashes no passage refers to any more are dropped and the rest re-indexed.
 */
export function fitAnswerPager(pager: AnswerPager): AnswerPager {
  for (let count = pager.passages.length; count > 1; count -= 1) {
    const fitted = compactHashes({ ...pager, passages: pager.passages.slice(0, count) });
    if (encodeAnswerButton('previous', fitted).length <= DISCORD_LIMITS.customId) return fitted;
  }
  return compactHashes({ ...pager, passages: pager.passages.slice(0, 1) });
}

function compactHashes(pager: AnswerPager): AnswerPager {
  const used = [...new Set(pager.passages.map((passage) => passage.article))];
  return {
    page: pager.page,
    articleHashes: used.map((index) => pager.articleHashes[index] ?? ''),
    passages: pager.passages.map((passage) => ({ ...passage, article: used.indexOf(passage.article) })),
  };
}

export function encodeSectionButton(action: SectionAction, pager: SectionPager): string {
  return [
    SECTION_PAGER,
    ACTION_CODES[action],
    toBase36(pager.page),
    pager.articleHash,
    toBase36(pager.section),
  ].join(FIELD_SEPARATOR);
}

/** The action and pager a section button stands for; undefined when the id is malformed. */
export function decodeSectionButton(
  customId: string,
): { action: SectionAction; pager: SectionPager } | undefined {
  const [kind, actionCode, pageText, articleHash, sectionText, ...extra] = customId.split(FIELD_SEPARATOR);
  const action = ACTION_BY_CODE.get(actionCode ?? '');
  const page = fromBase36(pageText);
  const section = fromBase36(sectionText);
  const wellFormed =
    kind === SECTION_PAGER &&
    extra.length === 0 &&
    articleHash !== undefined &&
    /^[0-9a-f]+$/.test(articleHash);
  if (!wellFormed || page === undefined || section === undefined) return undefined;
  return action === 'previous' || action === 'next'
    ? { action, pager: { page, articleHash, section } }
    : undefined;
}
