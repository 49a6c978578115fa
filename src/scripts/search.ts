/**
 * The search on /sok/, on Pagefind's JavaScript API (no UI library: the page stays light). The form is
 * a plain GET form; this script runs the search as you type, keeps the query and filters in the URL and
 * announces the number of results. Ranking options are tuned on the relevance benchmark
 * (`npm run bench:relevance`, docs/ytelse.md); excerpts start at a sentence (src/lib/excerpt.ts).
 */
import { bestBetKey } from '../lib/best-bets';
import { excerpt } from '../lib/excerpt';
import { compoundModifier, compoundParts, fold, vocabulary, type Vocabulary } from '../lib/norwegian';
import {
  ahead,
  correctQuery,
  foundAsTyped,
  joinSplitCompounds,
  matchedWords,
  mergeResults,
  queryTerms,
  resultStatus,
  widenedLabel,
  unfolded,
  type Correction,
} from '../lib/search-query';
import { speller, type Speller } from '../lib/spelling';

interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  anchors: { id: string; location: number; text: string }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    opts?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#sokeskjema');
const status = document.querySelector<HTMLElement>('#sokestatus');
const list = document.querySelector<HTMLOListElement>('#treff');
const MULTI = ['målgruppe', 'alder'];
/** Pagefind's ranking, tuned on the judged queries (tests/fixtures/relevance/, docs/ytelse.md). */
const RANKING = {
  termFrequency: 1,
  pageLength: 0.4,
  termSaturation: 0.8,
  termSimilarity: 4,
  metaWeights: { title: 0.5 },
};
const PAGE_SIZE = 10;
const MAX_TAGS = 3;
const more = document.querySelector<HTMLButtonElement>('#flere-treff');

let pagefind: Promise<Pagefind> | undefined;
const load = () =>
  (pagefind ??= import(/* @vite-ignore */ '/pagefind/pagefind.js' as string).then(async (pf: Pagefind) => {
    await pf.options({ noWorker: true, ranking: RANKING });
    await pf.init();
    // A search with no term and no filter fetches nothing, but runs Pagefind's WebAssembly once while
    // the reader is still typing: the first real query then takes half the time (see docs/ytelse.md).
    await pf.search(null);
    return pf;
  }));

/**
 * A result's stored text, fetched once however often it is asked for (find looks at the first three).
 * Per result, not per page: the hits' positions are the query's.
 */
const fragments = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
const fragment = (r: PagefindResult) => {
  let data = fragments.get(r);
  if (!data) fragments.set(r, (data = r.data()));
  return data;
};

/** The places whose names are asked for their page first (src/lib/best-bets.ts), as the page gives them. */
const places = JSON.parse(form?.dataset['bestBets'] ?? '{"type":"","pages":{}}') as {
  type: string;
  pages: Record<string, string>;
};

/**
 * The results with a place's page first when the whole query is one of the place's names («Greveskogen»,
 * «Thor Heyerdahl vgs»): a search among the places alone (a few short records) finds its result.
 */
async function withBestBet(
  pf: Pagefind,
  query: string,
  results: PagefindResult[],
  opts: Parameters<Pagefind['search']>[1],
) {
  const url = places.pages[bestBetKey(query)];
  const type = opts?.filters?.['type'];
  if (!url || (type && type !== places.type)) return results;
  const search = await pf.search(query, { ...opts, filters: { ...opts?.filters, type: places.type } });
  for (const r of search?.results.slice(0, 3) ?? []) {
    if ((await fragment(r)).url === url) return ahead([r], results);
  }
  return results;
}

/** How many pages the index holds: each has one type (src/lib/search.ts: PAGE_TYPES). */
let pages: Promise<number> | undefined;
const pageCount = (pf: Pagefind) =>
  (pages ??= pf.filters().then((f) => Object.values(f['type'] ?? {}).reduce((a, b) => a + b, 0)));

/** A word list of the site's (src/pages/sok/), or none when it cannot be fetched: search goes on without it. */
const fetchWords = (url: string): Promise<string[]> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);

// The parts of the site's compounds, fetched with the word list the first time a word may be misspelt
// (find); also folded, so that «miljoterapeut» splits as «miljøterapeut» does.
let parts: Promise<Vocabulary> | undefined;
const loadParts = () =>
  (parts ??= fetchWords('/sok/orddeler.json').then((list) => vocabulary([list.join(' '), fold(list.join(' '))])));

// The site's words (src/pages/sok/ordliste.json.ts), fetched at the same time.
let spelling: Promise<Speller> | undefined;
const loadSpeller = () => (spelling ??= fetchWords('/sok/ordliste.json').then(speller));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

/** The synonyms' words → the texts' words they stand for (src/lib/search.ts: synonymSources), for excerpts. */
const synonyms = JSON.parse(form?.dataset['synonyms'] ?? '{}') as Record<string, string[]>;

/** One result; `query` is the query as searched, for the excerpt's marks. */
function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const li = element('li', 'hit');
  const heading = element('h2', 'hit__title');
  const link = element('a', 'ds-link', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  li.append(heading);
  const type = data.filters['type']?.[0];
  const where = [type, data.meta['skole'], data.meta['avsluttet']].filter(Boolean).join(' · ');
  if (where) li.append(element('p', 'hit__meta', where));
  const text = element('p', 'hit__excerpt');
  // excerpt() escapes the text and adds only <mark>.
  text.innerHTML = excerpt({ ...data, title: data.meta['title'] ?? '', synonyms, query });
  li.append(text);
  const groups = data.filters['målgruppe'] ?? [];
  if (groups.length) {
    // At most three tags; the rest as «+n», so a catch-all measure does not fill the screen.
    const tags = element('ul', 'tags');
    tags.setAttribute('aria-label', 'Målgruppe');
    for (const g of groups.slice(0, MAX_TAGS)) tags.append(Object.assign(element('li'), { textContent: g }));
    if (groups.length > MAX_TAGS) {
      const rest = element('li', 'tags__more', `+${groups.length - MAX_TAGS}`);
      rest.title = groups.slice(MAX_TAGS).join(', ');
      tags.append(rest);
    }
    li.append(tags);
  }
  const measure = /^\/tiltak\/([a-z0-9-]+)\/$/.exec(new URL(data.url, location.href).pathname)?.[1];
  if (measure) {
    // Becomes an add/remove button where the comparison tray runs (src/scripts/compare-tray.ts).
    const compare = element('a', 'ds-link compare-link', 'Sammenlign');
    compare.href = `/sammenlign/?tiltak=${measure}`;
    compare.dataset['compare'] = measure;
    compare.dataset['name'] = link.textContent ?? measure;
    li.append(compare);
  }
  return li;
}

/**
 * The live region speaks once, when typing has settled: the results show as they come, but a screen
 * reader hears only the last count, not one announcement per keystroke.
 */
let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announce(text: string, delay = 700) {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    if (status) status.textContent = text;
  }, delay);
}

let generation = 0;
async function run(pushUrl: boolean) {
  if (!form || !status || !list) return;
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const type = String(data.get('type') ?? '');
  const filters: Record<string, unknown> = {};
  if (type) filters['type'] = type;
  for (const name of MULTI) {
    const values = data.getAll(name).map(String);
    if (values.length) filters[name] = { any: values };
  }
  const sort = data.get('sorter') === 'navn' ? { navn: 'asc' as const } : undefined;

  const params = new URLSearchParams();
  for (const [key, value] of data) if (String(value)) params.append(key, String(value));
  if (params.get('sorter') === 'relevans') params.delete('sorter');
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (pushUrl && url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);

  const mine = ++generation;
  // Busy until this run's results are in the list (tests wait for it; screen readers hold back).
  list.setAttribute('aria-busy', 'true');
  const done = () => list.setAttribute('aria-busy', 'false');
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    done();
    if (more) more.hidden = true;
    announce('Skriv et søkeord, for eksempel «leksehjelp», «overgang» eller «matematikk».', 0);
    return;
  }
  const pf = await load();
  const opts = { filters, ...(sort ? { sort } : {}) };
  let found = await find(pf, query, opts, !sort);
  if (mine !== generation) return;
  if (!found) return done();
  // A word the texts do not have is likely misspelt: the query is searched again with the site's nearest
  // word in its place, and the page says so (src/lib/spelling.ts).
  let correction: Correction | undefined;
  if (found.misses.length) {
    const nearest = await loadSpeller();
    correction = correctQuery(query, found.misses, (w) => nearest.nearest(w));
    const again = correction && (await find(pf, correction.query, opts, !sort));
    if (mine !== generation) return;
    // What Pagefind found for a word it does not know rests on a shorter word («hos» for «hospetering»).
    if (again?.all.length) found = again;
    else correction = undefined;
  }
  const all = sort ? found.all : await withBestBet(pf, query, found.all, opts);
  if (mine !== generation) return;
  // How many of the first results were found for the whole query; a place's page put first is one.
  const whole = new Set(found.all.slice(0, found.exact).map((r) => r.id));
  if (all[0] && all[0] !== found.all[0]) whole.add(all[0].id);
  let exact = 0;
  while (exact < all.length && whole.has(all[exact]!.id)) exact++;
  const searched = correction?.query ?? query;
  let shown = 0;
  // Each result's text is fetched only when shown: a first search loads ten, not all. The ten are
  // fetched together and each is shown, in rank order, as soon as it and those above it have arrived.
  const showMore = async () => {
    const batch = all.slice(shown, shown + PAGE_SIZE).map(fragment);
    const first = shown;
    shown += batch.length;
    for (const [i, pending] of batch.entries()) {
      const item = renderResult(await pending, searched);
      // Where the results for the whole query end, the rest are marked as having some of it.
      if (exact > 0 && first + i === exact) item.prepend(element('p', 'hit__widened', widenedLabel(searched)));
      if (mine !== generation) return;
      list.append(item);
      if (first > 0 && i === 0) item.querySelector('a')?.focus();
    }
    if (more) more.hidden = shown >= all.length;
  };
  list.replaceChildren();
  await showMore();
  if (mine !== generation) return;
  done();
  if (more) more.onclick = () => void showMore();
  announce(resultStatus(query, all.length, exact, correction), pushUrl ? 700 : 0);
}

/** What find gives: the results, how many of the first are for the whole query, and the unknown words. */
interface Found {
  all: PagefindResult[];
  /** The first `exact` results have every word of the query (or the word as typed); the rest, some. */
  exact: number;
  misses: string[];
}

/**
 * Pagefind's results for a query, and the query's words that the site's texts do not have in any form
 * (src/lib/spelling.ts). Few pages have every word of a phrase, or a compound the site writes
 * otherwise, or a word typed without «æ»: then (unless sorted by name) the pages with some of its
 * words, the compound's parts or the word with «æ» follow (src/lib/search-query.ts). A compound
 * written as two words («miljø terapeut») is searched joined first.
 */
async function find(
  pf: Pagefind,
  query: string,
  opts: Parameters<Pagefind['search']>[1],
  widen: boolean,
): Promise<Found | undefined> {
  const search = await pf.search(query || null, opts);
  if (!search) return undefined;
  const all = search.results;
  const words = queryTerms(query);
  if (!query) return { all, exact: all.length, misses: [] };
  // One word with a page of results is a word of the texts when the top results have it (Pagefind
  // also finds pages for a word it cut back to a shorter one); in a phrase, a misspelt word can hide
  // behind the others, so its words are always checked.
  let cutBack = false;
  if (words.length === 1 && all.length >= PAGE_SIZE) {
    const top = await Promise.all(all.slice(0, 3).map(fragment));
    if (top.some((d) => foundAsTyped(words[0]!, matchedWords(d.content, d.locations))))
      return { all, exact: all.length, misses: [] };
    cutBack = true;
  }
  const [vocab, spell] = await Promise.all([loadParts(), loadSpeller()]);
  // A compound written as two words is searched as the site writes it; its pages come first, then
  // those with the two words apart.
  const joined = joinSplitCompounds(words, (w) => spell.knows(w));
  if (joined.length < words.length) {
    const again = await find(pf, joined.join(' '), opts, widen);
    if (again?.all.length) {
      const both = ahead(again.all, all);
      // The pages with the two words apart have every word too, unless the joined word's were widened.
      return { all: both, exact: again.exact < again.all.length ? again.exact : both.length, misses: again.misses };
    }
  }
  const partsOf = new Map(words.map((w) => [w, compoundParts(w, vocab)]));
  // A compound of the site's words is no misspelling, though the site may not write it.
  const misses = words.filter((w) => !spell.knows(w) && partsOf.get(w)!.length === 0);
  if (!widen || (all.length >= PAGE_SIZE && !cutBack)) return { all, exact: all.length, misses };
  const split = words.length === 1 ? [...partsOf.get(words[0]!)!] : [];
  // A compound whose last part the site does not have is widened by its first («miljø» of «miljoterapeut»).
  const modifier = words.length === 1 && !split.length ? compoundModifier(words[0]!, vocab) : undefined;
  if (modifier) split.push(modifier);
  // What a cut-back word found rests on a shorter word; the pages with the compound's parts come first.
  if (cutBack && !split.length) return { all, exact: all.length, misses };
  const terms = [...new Set([...words, ...split, ...words.flatMap((w) => unfolded(w) ?? [])])];
  const each = terms.length > 1 ? await Promise.all(terms.map((t) => pf.search(t, opts))) : [];
  const first = cutBack ? [] : all;
  return {
    all: mergeResults(
      first,
      each.map((r) => r?.results ?? []),
      await pageCount(pf),
    ),
    exact: first.length,
    misses,
  };
}

if (form && status && list) {
  // Restore the form from the URL (the browser does not do it for a static page).
  const params = new URLSearchParams(location.search);
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue;
    const values = params.getAll(el.name);
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (values.length) el.checked = values.includes(el.value);
    } else if (values[0] !== undefined) {
      el.value = values[0];
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    // Fetch the index chunks for the words typed so far while the debounce waits.
    const target = event.target as HTMLInputElement;
    if (target.name === 'q' && target.value.trim()) void load().then((pf) => pf.preload(target.value.trim()));
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 60);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(true);
  });
  form.querySelector<HTMLInputElement>('input[name=q]')?.addEventListener('focus', () => void load(), { once: true });
  // The form does nothing without this script (there is no server), so it is shown only now.
  form.hidden = false;
  void run(false);
}

export {};
