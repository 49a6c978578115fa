/**
 * How the search page reads a query of several words. Pagefind finds the pages that have every word;
 * readers write whole phrases («to lærere i klasserommet»), and a page rarely has all their words. So
 * when the search for all words gives less than a page of results, the pages that have some of the
 * words follow, those with most of them first. Pure; used by src/scripts/search.ts.
 */

import { contentWords } from './excerpt';
import { bareWord, escapeRegExp, startsAsTyped, STOP_WORDS } from './norwegian';

/** The words of a query worth searching one by one (lower case, stop words left out). */
export function queryTerms(query: string): string[] {
  const terms = query.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(terms.filter((t) => !STOP_WORDS.has(t)))];
}

/**
 * All-word results first, in Pagefind's order; then the pages found by single words, by how much their
 * words say (a word on few of the site's `total` pages says more than one on most: BM25's inverse
 * document frequency, summed over the page's words), and then by their summed score. A page that has
 * only words found on most of the pages («elever», «skole», or the «for» Pagefind finds for «fore») is
 * left out when some word of the query is rarer: it would be one of dozens, none about the query.
 */
export function mergeResults<R extends { id: string; score: number }>(
  all: readonly R[],
  perTerm: readonly (readonly R[])[],
  total: number,
): R[] {
  const seen = new Set(all.map((r) => r.id));
  const common = (results: readonly R[]) => results.length > total / 2;
  const someRare = perTerm.some((results) => results.length && !common(results));
  const tally = new Map<string, { result: R; weight: number; score: number; rare: boolean }>();
  for (const results of perTerm) {
    const n = results.length;
    const weight = Math.log(1 + (Math.max(total, n) - n + 0.5) / (n + 0.5));
    for (const r of results) {
      if (seen.has(r.id)) continue;
      const t = tally.get(r.id) ?? { result: r, weight: 0, score: 0, rare: false };
      t.weight += weight;
      t.score += r.score;
      t.rare ||= !common(results);
      tally.set(r.id, t);
    }
  }
  const rest = [...tally.values()]
    .filter((t) => t.rare || !someRare)
    .sort((a, b) => b.weight - a.weight || b.score - a.score);
  return [...all, ...rest.map((t) => t.result)];
}

/**
 * The word as it would be written with «æ» where the reader wrote «ae» («fravaeret» → «fraværet»), or
 * nothing. The index has every word of the texts also folded («fravaer»), but Pagefind's Norwegian
 * stemmer takes «-er» of «fravaer» for an ending, so an inflected folded form («fravaeret») misses; the
 * form with «æ» meets the text itself. «o» and «a» are left: they are too common to guess «ø» and «å».
 */
export function unfolded(word: string): string | undefined {
  const w = word.replace(/ae/g, 'æ');
  return w === word ? undefined : w;
}

/** `front`, then the rest of `results` without them: pages moved to the top, none listed twice. */
export function ahead<R extends { id: string }>(front: readonly R[], results: readonly R[]): R[] {
  const ids = new Set(front.map((r) => r.id));
  return [...front, ...results.filter((r) => !ids.has(r.id))];
}

/**
 * The words of a result's stored text that Pagefind matched (`contentWords` at `locations`), in lower
 * case without punctuation.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = contentWords(content);
  return locations.flatMap((l) => {
    const w = bareWord(words[l] ?? '');
    return w ? [w] : [];
  });
}

/**
 * Whether Pagefind found the reader's word itself, or a form of it: some matched word starts as the
 * word does, less an ending (startsAsTyped). When none does, Pagefind cut the word back
 * to a shorter word it knows («elevveilder» → «elev»), however many results that gave, and the word
 * may be misspelt.
 */
export function foundAsTyped(word: string, matched: readonly string[]): boolean {
  return matched.some((m) => startsAsTyped(word, m));
}

/**
 * The query's words with each pair that the site writes as one word joined («miljø terapeut» →
 * «miljøterapeut», «yrkesfag koordinator» → «yrkesfagkoordinator»): readers often write a compound as
 * two words. A pair is joined as it stands, or with a linking «s» or «e», when `knows` has the result
 * (the speller: a word of the texts in some form). Words that stay apart are kept as they are.
 */
export function joinSplitCompounds(terms: readonly string[], knows: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const [a, b] = [terms[i]!, terms[i + 1]];
    const joined = b === undefined || /\d/.test(a + b) ? undefined : [a + b, `${a}s${b}`, `${a}e${b}`].find(knows);
    out.push(joined ?? a);
    if (joined) i++;
  }
  return out;
}

/** A query with the words the speller put in place of words that found nothing. */
export interface Correction {
  query: string;
  /** [the reader's word, the word searched instead], in the order of the query. */
  words: [string, string][];
}

/**
 * The query with each of `misses` (words that found nothing) replaced by the speller's nearest word,
 * or undefined when the speller knows none of them.
 */
export function correctQuery(
  query: string,
  misses: readonly string[],
  nearest: (word: string) => string | undefined,
): Correction | undefined {
  let out = query;
  const done: [string, string][] = [];
  for (const miss of misses) {
    const word = nearest(miss);
    if (!word) continue;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(miss)}(?=$|[^\\p{L}\\p{N}])`, 'giu');
    out = out.replace(pattern, (_, before: string) => `${before}${word}`);
    done.push([miss, word]);
  }
  return done.length ? { query: out, words: done } : undefined;
}

/**
 * The search page's status line. `total` results, of which the first `exact` were found for the whole
 * query (every word of a phrase, or the word as typed); when the search was widened, the line says how
 * many those are and what the rest have, so that 40 results for «lærevansker» do not read as 40 pages
 * about it. `query` is what the reader typed; `correction`, the query searched in its place.
 */
export function resultStatus(query: string, total: number, exact: number, correction?: Correction): string {
  const what = (q: string) => (q ? ` for «${q}»` : '');
  if (total === 0)
    return `Ingen treff${what(query)}. Prøv et annet ord, en kortere form av ordet, eller fjern et filter.`;
  const searched = correction?.query ?? query;
  const count = correction
    ? `${correction.words.map(([w]) => `«${w}»`).join(' og ')} står ikke i tekstene. Viser ${total} treff${what(searched)}.`
    : `${total} treff${what(searched)}.`;
  if (exact >= total || !searched) return count;
  const rest = total - exact;
  const phrase = queryTerms(searched).length > 1;
  if (phrase)
    return `${count} ${exact ? `${exact} har alle ordene, de ${rest} neste noen av dem.` : 'Ingen har alle ordene; disse har noen av dem.'}`;
  return `${count} ${exact ? `${exact} har ordet, de ${rest} neste deler av det eller en annen skrivemåte.` : 'Ingen har ordet slik det er skrevet; disse har deler av det eller en annen skrivemåte.'}`;
}

/**
 * The line above the first widened result, where the results for the whole query end and those with
 * some of its words (a phrase) or parts (a word) begin; `searched` is the query as searched.
 */
export function widenedLabel(searched: string): string {
  return queryTerms(searched).length > 1
    ? 'Treff med noen av ordene'
    : 'Treff med deler av ordet eller en annen skrivemåte';
}
