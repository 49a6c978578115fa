/**
 * Spelling for the search page. Pagefind matches words, their stems and their beginnings, never near
 * spellings: a word it does not know it cuts back to the longest beginning it knows («hospetering» finds
 * «hos»). So a reader's word that the site's texts do not have, in any form, is taken as a misspelling of
 * the nearest word they do have (Levenshtein distance, from the npm package leven), as readers know it
 * from other searches: «hospetering» → «hospitering». The page says which word it searched instead.
 * Pure; used by src/scripts/search.ts with the word list of src/pages/sok/ordliste.json.ts.
 */
import { closestMatch } from 'leven';
import { ENDINGS, fold, MIN_PART, vocabulary, words } from './norwegian';

/**
 * How many letters may differ: none in a word of under five letters (too many words are that near:
 * «rus», «ros», «ris»), one from five letters and two from eight. Counted with æ/ø/å folded, so a word
 * typed without them is no further away.
 */
export function maxDistance(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The site's words for the speller: each word of at least MIN_PART letters (no digits), the words that
 * stand on most texts first and equals in alphabetical order, so that a tie goes to the commoner word.
 */
export function wordList(texts: Iterable<string>): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) {
    for (const w of new Set(words(text)))
      if (w.length >= MIN_PART && !/\d/.test(w)) pages.set(w, (pages.get(w) ?? 0) + 1);
  }
  return [...pages.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export interface Speller {
  /**
   * Whether the site's texts have the word in some form: as a word, the beginning of one (a reader still
   * typing), or with one of the stemmer's endings (ENDINGS) taken off (æ/ø/å folded): «mentorer» is known to
   * a site that writes «mentorordning», because the stemmer searches «mentor».
   */
  knows(word: string): boolean;
  /**
   * The site's word nearest to a word it does not know, or undefined when none is near enough. The first
   * letter must be the reader's: readers seldom miss it, and without it «mentorer» would be «sektorer».
   */
  nearest(word: string): string | undefined;
}

/** A speller over a word list as wordList makes it (commonest first). */
export function speller(list: readonly string[]): Speller {
  // Folded forms to compare, each mapped to the commonest word that folds to it.
  const byFolded = new Map<string, string>();
  for (const w of list) if (!byFolded.has(fold(w))) byFolded.set(fold(w), w);
  const folded = [...byFolded.keys()];
  const known = vocabulary([folded.join(' ')]);
  const knows = (word: string) => {
    const w = fold(word);
    const stems = ENDINGS.flatMap((e) =>
      w.endsWith(e) && w.length - e.length >= MIN_PART ? [w.slice(0, -e.length)] : [],
    );
    return [w, ...stems].some((form) => known.hasPrefix(form));
  };
  return {
    knows,
    nearest(word) {
      const target = fold(word);
      const max = maxDistance(target.length);
      if (max === 0 || knows(target)) return undefined;
      // The first of equally near words wins: the commoner one.
      const match = closestMatch(
        target,
        folded.filter((w) => w[0] === target[0]),
        { maxDistance: max },
      );
      return match === undefined ? undefined : byFolded.get(match);
    },
  };
}
