export type RouteParams = Readonly<Record<string, string>>;

/**
 * Matches a path like `/applications/123/commands` against a pattern like
 * `/applications/:applicationId/commands`, returning the named segments, or
 * null when the shapes differ. Segments are compared decoded, so `@me` and
 * `%40me` are the same.
 */
export function matchRoute(pattern: string, path: string): RouteParams | null {
  const patternSegments = pattern.split('/');
  const pathSegments = path.split('/');
  if (patternSegments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, expected] of patternSegments.entries()) {
    const actual = decodeURIComponent(pathSegments[index] ?? '');
    if (expected.startsWith(':')) {
      if (actual === '') return null;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
