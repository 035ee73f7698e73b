/**
 * Section titles are a second, light field: a passage sits under its title but
 * rarely repeats it, so a title match counts this share of a body match.
 */
export const TITLE_WEIGHT = 0.3;
