// The article, alone or behind a conjunction or preposition: الأمن, بالأمن, والأمن, للأمم.
const DEFINITE = /^(?:[وفبك]?ال|لل)/;

/** Whether a normalized word carries the definite article (names never do: شويغو, كيم). */
export function hasDefiniteArticle(normalizedWord: string): boolean {
  return DEFINITE.test(normalizedWord);
}
