/** The selection of measures to compare, from the URL: ?tiltak=a,b,c or ?tiltak=a&tiltak=b. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export function parseCompare(query: string, known?: ReadonlySet<string>): string[] {
  const ids = new URLSearchParams(query)
    .getAll('tiltak')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => /^[a-z0-9-]+$/.test(v) && (!known || known.has(v)));
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

export function compareUrl(ids: readonly string[]): string {
  return `/sammenlign/?tiltak=${ids.join(',')}`;
}
