/**
 * Lines that scrapers copy from a news page's chrome (related-news widgets,
 * "read also" prompts) rather than from the article itself. Every pattern
 * matches a whole trimmed line, so a real sentence that merely contains
 * these words is never dropped.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^[اإ]ظهار [أا]خبار متعلقة$/u,
  /^[أا]خبار ذات صلة$/u,
  /^اقر[أا] [أا]يض(?:ا|اً|ًا)\s*:?$/u,
];

export function isBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return BOILERPLATE_LINES.some((pattern) => pattern.test(trimmed));
}
