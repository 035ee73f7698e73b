/**
 * The article model shared by every layer. Text fields hold the article's
 * original characters: nothing here is normalized, so whatever a user is
 * shown can be quoted as it stands in the source.
 */

export interface Paragraph {
  /** Stable id `<article slug>/<section index>/<paragraph number>`. */
  readonly id: string;
  readonly articleSlug: string;
  /** 0-based position of the section within its article. */
  readonly sectionIndex: number;
  readonly sectionTitle: string;
  /** 1-based position within its section: the number users cite. */
  readonly number: number;
  readonly text: string;
}

export interface Section {
  readonly index: number;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * A group of names that stand for one another in queries, e.g. a capital
 * for its country (موسكو ⇄ روسيا). Each entry may be several words.
 */
export type AliasGroup = readonly string[];

export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly source?: string;
  readonly language: 'ar';
  readonly aliases: readonly AliasGroup[];
  readonly sections: readonly Section[];
  /** Short hex digest of the article file's content; changes whenever the text does. */
  readonly contentHash: string;
}

/** Every paragraph of an article in reading order. */
export function paragraphsOf(article: Article): Paragraph[] {
  return article.sections.flatMap((section) => section.paragraphs);
}
