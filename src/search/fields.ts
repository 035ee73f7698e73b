/**
 * Titles are a second field beside the body. A section title is a light one: a
 * passage sits under its heading but rarely repeats it, so a match there counts
 * this share of a body match.
 */
export const SECTION_TITLE_WEIGHT = 0.3;
/**
 * An article's title names what every one of its passages is about, whether or
 * not a passage repeats the name (an article on a singer speaks of "her" in most
 * paragraphs). A match there counts more than a single body match, so among one
 * article's passages the subject's name stops deciding and the other words of
 * the question do; across articles it still points to the right one.
 */
export const ARTICLE_TITLE_WEIGHT = 1.3;
/** A title of more content words than this is a headline, not a name (see title-field.ts). */
export const MAX_SUBJECT_WORDS = 4;
