/**
 * Best bets: queries that name a place, answered with that place's page first. A reader who types a
 * school's or a municipality's name («Greveskogen», «Thor Heyerdahl vgs», «Larvik») is looking for
 * the place; Pagefind's ranking cannot promise it (a measure with «Heyerdahl» in its name and text
 * outranks the school's short record), so the search page moves the place's page to the top when the
 * whole query is one of its names. Pure; built into the search page (src/pages/sok.astro) and read by
 * src/scripts/search.ts.
 */
import { fold, words } from './norwegian';

/** A page that is the first answer to its names (a school: name, short name, the sources' spellings). */
export interface Place {
  url: string;
  names: readonly string[];
}

/** Words that say what kind of school it is, not which: «Greveskogen» is asked as «Greveskogen vgs». */
const KIND_WORDS = new Set(['vgs', 'videregående', 'videregaende', 'skole', 'skolen', 'avd', 'avdeling', 'kommune']);

/** The words of a query or a name as best bets compare them: lower case, æ/ø/å folded. */
const foldedWords = (text: string) => words(fold(text));

/** A query or a name as a best bet's key: its words, one space between. */
export function bestBetKey(text: string): string {
  return foldedWords(text).join(' ');
}

/** A name and the name without the words of its kind («Thor Heyerdahl vgs» → also «thor heyerdahl»). */
function keysOf(name: string): string[] {
  const all = foldedWords(name);
  const own = all.filter((w) => !KIND_WORDS.has(w));
  return [...new Set([all.join(' '), own.join(' ')])].filter(Boolean);
}

/**
 * Key → URL. A municipality's names are its own (also where a school bears them: «Sandefjord», and
 * «Færder», though Færder vgs lies in Tønsberg). A school's are its own unless a municipality has them
 * or a word of another school's names is the whole key: «Melsom» names both Melsom vgs and SMI avd.
 * Melsom, so no one page, and gives no best bet.
 */
export function bestBets(municipalities: readonly Place[], schools: readonly Place[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const place of municipalities) for (const key of place.names.flatMap(keysOf)) out[key] ??= place.url;
  const wordsOf = schools.map((p) => new Set(p.names.flatMap(foldedWords)));
  schools.forEach((place, i) => {
    for (const key of place.names.flatMap(keysOf)) {
      if (key in out || wordsOf.some((w, j) => j !== i && w.has(key))) continue;
      out[key] = place.url;
    }
  });
  return out;
}
