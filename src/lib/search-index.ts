/**
 * How index-only words reach Pagefind without reaching the published pages: the build writes them to
 * INDEX_FILE (src/pages/sok-indeks.json.ts); the Pagefind integration adds them, in memory, to the HTML
 * it indexes (as blocks of their own weight at the end of the indexed region) and deletes the file.
 */
import type { IndexBlock } from './search';

/** The build's file of index-only words, relative to the output folder; never published. */
export const INDEX_FILE = 'sok-indeks.json';

/** The id of the first index-only block: the search page's script ends excerpts where it starts. */
export const INDEX_ANCHOR = 'sokeord';

/** A page that is searched as a short record (its heading and a summary), not as its full HTML. */
export interface IndexRecord {
  url: string;
  title: string;
  text: string;
  blocks: IndexBlock[];
  filters: Record<string, string[]>;
  sort: string;
}

export interface IndexData {
  /** URL → the page's index-only blocks. */
  pages: Record<string, IndexBlock[]>;
  records: IndexRecord[];
}

const RECORD_WEIGHT = 0.5;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Pagefind runs the text of these elements into the next one's when no white space is between them, as
 * Astro's compressed HTML has none: «innsats</dt><dd>Tidlig» was indexed as one word «innsatsTidlig»,
 * and a table's heading row as «TilbudFormålInnholdHvorOmfangOppfølging».
 */
const RUN_TOGETHER = /<\/(dt|dd|th|td|li|caption|figcaption|summary|legend|label|option|button)>(?=<)/gi;

/** The HTML as Pagefind should read it: a space after each such element (in memory; pages stay as built). */
export function separated(html: string): string {
  return html.replace(RUN_TOGETHER, '</$1> ');
}

/** The blocks as HTML, the first with the anchor id. */
export function blocksHtml(blocks: readonly IndexBlock[]): string {
  return blocks
    .map(
      (b, i) =>
        `<div${i === 0 ? ` id="${INDEX_ANCHOR}"` : ''} data-pagefind-weight="${b.weight}">${escape(b.words.join(' '))}</div>`,
    )
    .join('');
}

/**
 * The page's HTML with the blocks added at the end of its indexed region (the element with
 * data-pagefind-body). Throws when the page has none: only indexed pages get index-only words.
 */
export function withIndexBlocks(html: string, blocks: readonly IndexBlock[], url: string): string {
  const at = html.search(/<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body[\s>=]/i);
  if (at < 0) throw new Error(`Søkeindeksen: ${url} har ikke noe data-pagefind-body å legge søkeordene i`);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(at))![1]!.toLowerCase();
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = at;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, m.index) + blocksHtml(blocks) + html.slice(m.index);
  }
  throw new Error(`Søkeindeksen: fant ikke slutten på <${tag} data-pagefind-body> i ${url}`);
}

/**
 * A record as the small HTML page Pagefind indexes for it. Its words weigh half of body text: a short
 * record with a school's or municipality's name would otherwise outrank every measure that is there.
 */
export function recordHtml(r: IndexRecord): string {
  const filters = Object.entries(r.filters)
    .flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${escape(`${name}:${v}`)}"></span>`))
    .join('');
  return (
    `<!doctype html><html lang="nb"><head><title>${escape(r.title)}</title></head><body>` +
    `<main data-pagefind-body data-pagefind-sort="navn:${escape(r.sort)}"><div data-pagefind-weight="${RECORD_WEIGHT}"><p data-pagefind-meta="title">${escape(r.title)}</p>` +
    `<p>${escape(r.text)}</p></div>${filters}${blocksHtml(r.blocks.map((b) => ({ ...b, weight: b.weight * RECORD_WEIGHT })))}</main></body></html>`
  );
}
