/**
 * The knowledge base (kunnskapsgrunnlag-2021) as the site presents it: its numbered headings, a chapter
 * page's sections, the page that shows each footnote reference, and what kind of address a reference
 * prints. Pure; the pages and the tests use the same functions.
 */

/** A numbered heading as the text prints it on a line of its own: «1. En ønsket fremtid», «5.3 Ungdom …». */
const NUMBERED_HEADING = /^ ?(\d+\.(?:\d+)?) ?([A-ZÆØÅ].*?)\s*$/gm;

/** The numbered chapter and section headings of a source text, in order, with runs of spaces as one. */
export function numberedHeadings(text: string): string[] {
  return [...text.matchAll(NUMBERED_HEADING)].map((m) => `${m[1]} ${m[2]!.replace(/\s+/g, ' ')}`);
}

/** The chapter a numbered heading belongs to: «3.1 Samhandling» → 3. */
export const chapterOf = (heading: string): number => Number.parseInt(heading, 10);

export interface HtmlSection {
  id: string;
  heading: string;
  html: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#')
        return String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a chapter's rendered Markdown at its level-2 headings: the text before the first heading, then
 * one part per heading with the heading's id, its text and the HTML that follows it (without the heading).
 */
export function splitSections(html: string): { intro: string; sections: HtmlSection[] } {
  const parts = html.split(/(?=<h2[\s>])/);
  const intro = parts[0]?.startsWith('<h2') ? '' : (parts.shift() ?? '');
  const sections = parts.map((part) => {
    const match = /^<h2([^>]*)>([\s\S]*?)<\/h2>/.exec(part)!;
    const id = /\sid="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
    return { id, heading: htmlText(match[2]!), html: part.slice(match[0].length) };
  });
  return { intro: intro.trim(), sections };
}

/** Rendered Markdown with the site's link style on its plain links (Markdown writes `<a href>` without a class). */
export const withLinkClass = (html: string): string => html.replace(/<a href=/g, '<a class="ds-link" href=');

/** The `## ` headings of a Markdown body, in order. */
export const markdownHeadings = (body: string): string[] =>
  [...body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]!.replace(/\s+/g, ' '));

/** What a chapter file says about where the site presents it (the fields of content/kapitler/*.md). */
export interface ChapterPlaces {
  id: string;
  data: {
    source: { section: string };
    ownPage: boolean;
    links: readonly { href: string }[];
    subsections: readonly { section: string; href: string }[];
  };
}

/** The path of a site address without its #anchor. */
const pathOf = (href: string): string => href.replace(/#.*$/, '');

/**
 * The page that presents a numbered section of the knowledge base: the chapter's own page, the first page
 * it links to, or the page its chapter file names for that subsection. Undefined when no chapter says.
 */
export function pageOfSection(
  section: string,
  chapters: readonly ChapterPlaces[],
  chapterUrl: (id: string) => string,
): string | undefined {
  for (const chapter of chapters) {
    const { source, ownPage, links, subsections } = chapter.data;
    const sub = subsections.find((s) => s.section === section);
    if (sub) return pathOf(sub.href);
    if (source.section === section) return ownPage ? chapterUrl(chapter.id) : links[0] && pathOf(links[0].href);
  }
  return undefined;
}

export type AddressKind = 'public' | 'intranet' | 'local-file';

export interface Address {
  kind: AddressKind;
  /** The host without «www.», as a reader recognises it. */
  host: string;
  /** An address of the former Vestfold og Telemark fylkeskommune (vtfk.no), which may have moved since 2021. */
  mayHaveMoved: boolean;
}

/** Hosts that are not open to the public: an intranet. */
const INTRANET_HOSTS = [/(^|\.)sharepoint\.com$/];
/** The former county's site: its addresses are from 2021 and may have moved. */
const FORMER_COUNTY_HOST = /(^|\.)vtfk\.no$/;

/** What kind of address a reference prints: a public web address, an intranet, or a file on someone's computer. */
export function addressOf(url: string): Address {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  if (parsed.protocol === 'file:') return { kind: 'local-file', host: '', mayHaveMoved: false };
  const intranet = INTRANET_HOSTS.some((re) => re.test(parsed.hostname));
  return { kind: intranet ? 'intranet' : 'public', host, mayHaveMoved: FORMER_COUNTY_HOST.test(parsed.hostname) };
}

/** Query parameters that track a visit rather than name a page. */
const TRACKING = /^(utm_|fbclid$|gclid$|dclid$|msclkid$|mc_cid$|mc_eid$|_ga$|_hs)/i;

/** The tracking parameters an address carries (none for a clean link). */
export function trackingParameters(url: string): string[] {
  return [...new URL(url).searchParams.keys()].filter((key) => TRACKING.test(key));
}

/** A quote in a Markdown body: a blockquote «…» (with its «— document, section» line) or an inline <q>. */
export interface MarkdownQuote {
  text: string;
  /** The document key of a blockquote's attribution line, when it has one. */
  document?: string;
}

/**
 * The quotes of a Markdown body as the site writes them: `> «…»` followed by `> — document, section`,
 * and `<q>…</q>` inside the text. Each paragraph and list item of a blockquote is a quote of its own; the
 * outer guillemets are not part of the quote.
 */
export function markdownQuotes(body: string): MarkdownQuote[] {
  const quotes: MarkdownQuote[] = [];
  const blocks: string[][] = [];
  let open = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('>')) {
      if (!open) blocks.push([]);
      blocks.at(-1)!.push(line.replace(/^>\s?/, ''));
    }
    open = line.startsWith('>');
  }
  for (const lines of blocks) {
    const attribution = lines.findIndex((l) => /^—\s/.test(l));
    const document = attribution < 0 ? undefined : /^—\s*([a-z0-9-]+)/.exec(lines[attribution]!)?.[1];
    // A blockquote may hold several paragraphs or a list: each paragraph and each item is a quote of its own.
    const items: string[][] = [];
    let fresh = true;
    for (const line of attribution < 0 ? lines : lines.slice(0, attribution)) {
      const item = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
      if (line.trim() === '') fresh = true;
      else if (item || fresh) items.push([item ? item[1]! : line]);
      else items.at(-1)!.push(line);
      if (line.trim() !== '') fresh = false;
    }
    for (const item of items) {
      const text = item.join(' ').replace(/\s+/g, ' ').trim();
      quotes.push({ text: text.replace(/^«([\s\S]*)»$/, '$1'), ...(document ? { document } : {}) });
    }
  }
  for (const m of body.matchAll(/<q>([\s\S]*?)<\/q>/g)) quotes.push({ text: m[1]!.replace(/\s+/g, ' ').trim() });
  return quotes;
}

/** A chapter file's declared sections, as far as the check and the page need them. */
interface DeclaredSection {
  heading: string;
}

const listed = (headings: readonly string[]) => (headings.length ? headings.map((h) => `«${h}»`).join(', ') : 'ingen');

/**
 * What is wrong with a chapter file's sections, in Norwegian: each `## heading` of the body must have its
 * entry in `sections`, with the same text and in the same order. Undefined when they agree.
 */
export function sectionMismatch(
  bodyHeadings: readonly string[],
  declared: readonly DeclaredSection[],
): string | undefined {
  const wanted = declared.map((d) => d.heading.replace(/\s+/g, ' ').trim());
  if (bodyHeadings.length === wanted.length && bodyHeadings.every((h, i) => h === wanted[i])) return undefined;
  return `overskriftene i teksten (linjer som begynner med «## ») og avsnittene i sections må være de samme, i samme rekkefølge. I teksten: ${listed(bodyHeadings)}. I sections: ${listed(wanted)}`;
}

/** The content check's view of a chapter file (content/kapitler/*.md): its sections against its body. */
export function checkChapter(data: Record<string, unknown>, body: string): { field: string; message: string }[] {
  if (data['ownPage'] !== true) return [];
  const declared = Array.isArray(data['sections'])
    ? (data['sections'] as DeclaredSection[]).filter((s) => typeof s?.heading === 'string')
    : [];
  const problem = sectionMismatch(markdownHeadings(body), declared);
  return problem ? [{ field: 'sections', message: problem }] : [];
}

/**
 * A chapter page's parts: the rendered text before the first heading, and each section with its declared
 * fields (sources, historical) and its HTML. Throws, naming the file, when the headings do not agree.
 */
export function chapterSections<T extends DeclaredSection>(file: string, html: string, declared: readonly T[]) {
  const { intro, sections } = splitSections(html);
  const problem = sectionMismatch(
    sections.map((s) => s.heading),
    declared,
  );
  if (problem) throw new Error(`${file}: sections: ${problem}`);
  return {
    intro: withLinkClass(intro),
    sections: sections.map((s, i) => ({ ...declared[i]!, id: s.id, html: withLinkClass(s.html) })),
  };
}
