/**
 * The measures chosen for comparison, kept in the browser (localStorage) so a reader can pick them on
 * several pages. Nothing leaves the browser. Without storage (private mode) the choice lasts the page.
 */
const KEY = 'tiltaksbanken:sammenlign';
let memory: string[] = [];

export function loadCompare(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]+$/.test(id))
      : [];
  } catch {
    return memory;
  }
}

export function saveCompare(ids: readonly string[]): void {
  memory = [...ids];
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage refused: the in-memory copy serves this page.
  }
}
