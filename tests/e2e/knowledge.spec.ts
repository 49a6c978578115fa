/**
 * The knowledge base section against the source, on the built pages: every numbered heading has a page
 * that cites it, every quote is verbatim, the plans of 2021 sit in the marked section, and every outbound
 * link is an address the source prints, clean and marked as external.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ANY } from '../../src/lib/finder';
import { addressOf, htmlText, numberedHeadings, pageOfSection, trackingParameters } from '../../src/lib/knowledge';
import { comparableText, normaliseText } from '../../src/lib/source-text';
import { readChapters, readCollection, sourceText } from '../content';
import { expectNoAxeViolations } from './helpers';
import { builtHtml, builtPages } from './site';

const KNOWLEDGE_BASE = 'kunnskapsgrunnlag-2021';
const chapters = readChapters();
const chapterUrl = (id: string) => `/kunnskapsgrunnlag/${id}/`;
const ownPages = chapters.filter((c) => c.data.ownPage).map((c) => chapterUrl(c.id));
const references = readCollection<{
  footnote: number;
  source: { document: string; section: string };
  printed: string;
  title?: string;
  url?: string;
}>('referanser');
const pages = builtPages();

/** The text of every <cite> on a page. */
const citesOf = (html: string) => [...html.matchAll(/<cite\b[^>]*>([\s\S]*?)<\/cite>/g)].map((m) => htmlText(m[1]!));

test('kapittel 2 og 4 har hver sin side under /kunnskapsgrunnlag/, og forsiden lenker til dem', () => {
  expect(ownPages.length).toBeGreaterThanOrEqual(2);
  const front = builtHtml('/kunnskapsgrunnlag/');
  for (const url of ownPages) {
    expect(pages, url).toContain(url);
    expect(front, url).toContain(`href="${url}"`);
  }
});

test('hver nummererte overskrift i kunnskapsgrunnlaget har en side som siterer den', () => {
  const headings = numberedHeadings(sourceText(KNOWLEDGE_BASE));
  expect(headings.length).toBeGreaterThanOrEqual(5);
  for (const heading of headings) {
    const page = pageOfSection(heading, chapters, chapterUrl);
    expect(page, heading).toBeDefined();
    expect(pages, `${heading} → ${page}`).toContain(page);
    expect(
      citesOf(builtHtml(page!)).some((c) => c.includes(heading)),
      `${page} siterer ikke «${heading}»`,
    ).toBe(true);
  }
});

test('hvert avsnitt på kapittelsidene har sin egen kildehenvisning med kapittel og overskrift', () => {
  for (const url of ownPages) {
    const html = builtHtml(url);
    const sections = [...html.matchAll(/<section class="chapter__section[^"]*"[^>]*>([\s\S]*?)<\/section>/g)].map(
      (m) => m[1]!,
    );
    expect(sections.length, url).toBeGreaterThan(1);
    for (const section of sections) {
      const heading = htmlText(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)![1]!);
      const cites = citesOf(section);
      expect(cites.length, `${url}: «${heading}» har ingen kilde`).toBeGreaterThan(0);
      for (const cite of cites) expect(cite, `${url}: «${heading}»`).toMatch(/\d\. [A-ZÆØÅ]/);
    }
  }
});

/** The quotes on a page: each <q>, and each paragraph or list item of a <blockquote> (attribution line dropped). */
function quotesOf(html: string): string[] {
  const inline = [...html.matchAll(/<q\b[^>]*>([\s\S]*?)<\/q>/g)].map((m) => htmlText(m[1]!));
  const blocks = [...html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((p) => htmlText(p[2]!).replace(/\s—\s.*$/, '')),
  );
  return [...inline, ...blocks].map((q) => q.replace(/^«([\s\S]*)»$/, '$1'));
}

test('hvert sitat på sidene om kunnskapsgrunnlaget og kommunesidene står ordrett i kilden', () => {
  const source = comparableText(sourceText(KNOWLEDGE_BASE));
  const checked = pages.filter((p) => p.startsWith('/kunnskapsgrunnlag/') || p.startsWith('/kommuner/'));
  let count = 0;
  for (const page of checked) {
    for (const quote of quotesOf(builtHtml(page))) {
      count++;
      expect(source.includes(comparableText(quote)), `${page}: «${quote}»`).toBe(true);
    }
  }
  expect(count).toBeGreaterThan(20);
});

/** Words that name the partnership's plans of 2021 (kunnskapsgrunnlag-2021, chapter 4): they belong in the marked section. */
const PLAN_WORDS = [
  /KS Konsulent/i,
  /egenandel/i,
  /\bOU[- ]midler/i,
  /\b30 %/,
  /\b70 %/,
  /\b2023\b/,
  /oppvekstreform/i,
  /\bsamling/i,
  /ståstedsanalyse/i,
];

/**
 * Where the site retells the knowledge base: the chapter pages' article, the chapter list on the front page and
 * the advice on the municipality pages (figures elsewhere on those pages have percentages of their own).
 */
function retold(page: string): string {
  const html = builtHtml(page);
  const region =
    /<article class="chapter"[\s\S]*<\/article>|<ol class="chapters"[\s\S]*?<\/ol>|<section class="municipality-advice[^"]*"[\s\S]*?<\/section>/.exec(
      html,
    );
  expect(region, `${page}: fant ikke teksten om kunnskapsgrunnlaget`).not.toBeNull();
  return region![0];
}

test('planene fra 2021 står bare i den merkede delen «Slik var det planlagt i 2021»', () => {
  let marked = 0;
  const checked = ['/kunnskapsgrunnlag/', ...ownPages, ...pages.filter((p) => /^\/kommuner\/[^/]+\/$/.test(p))];
  for (const page of checked) {
    const text = retold(page);
    const historical = [...text.matchAll(/<section\b[^>]*\sdata-historisk[^>]*>([\s\S]*?)<\/section>/g)].map(
      (m) => m[1]!,
    );
    const outside = htmlText(text.replace(/<section\b[^>]*\sdata-historisk[^>]*>[\s\S]*?<\/section>/g, ''));
    for (const word of PLAN_WORDS) expect(outside, `${page}: ${word} står utenfor den merkede delen`).not.toMatch(word);
    for (const section of historical) {
      marked++;
      expect(htmlText(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)![1]!)).toBe('Slik var det planlagt i 2021');
      expect(htmlText(section)).toContain('De er ikke tilbud som gjelder nå');
      for (const word of PLAN_WORDS)
        expect(htmlText(section), `${page}: ${word} mangler i den merkede delen`).toMatch(word);
    }
  }
  expect(marked).toBe(1);
});

/** Every outbound link on a page: its address, its attributes and its text. */
function outboundLinks(html: string) {
  return [...html.matchAll(/<a\b([^>]*)\shref="([a-z]+:[^"]*)"([^>]*)>([\s\S]*?)<\/a>/g)]
    .filter((m) => !/^(mailto|tel):/.test(m[2]!))
    .map((m) => ({ href: m[2]!.replace(/&amp;/g, '&'), attributes: `${m[1]} ${m[3]}`, text: htmlText(m[4]!) }));
}

test('hver lenke ut av nettstedet går til en offentlig adresse kilden trykker, er ren og merket som ekstern', () => {
  const sources = readdirSync('content/kilder/tekst')
    .map((f) => sourceText(f.replace(/\.txt$/, '')))
    .join('\n');
  let count = 0;
  for (const page of pages) {
    for (const link of outboundLinks(builtHtml(page))) {
      count++;
      expect(link.href, `${page}: ${link.href}`).toMatch(/^https?:\/\/[^\s]+$/);
      expect(sources.includes(link.href), `${page}: ${link.href} står ikke i noen kilde`).toBe(true);
      expect(addressOf(link.href).kind, `${page}: ${link.href} er ikke offentlig`).toBe('public');
      expect(trackingParameters(link.href), `${page}: ${link.href}`).toEqual([]);
      expect(link.attributes, `${page}: ${link.href}`).toMatch(/\srel="[^"]*\bnoopener\b/);
      expect(link.text, `${page}: ${link.href}`).toContain('(ekstern lenke)');
    }
  }
  expect(count).toBeGreaterThan(0);
});

test('hver referanse står på siden for avsnittet sitt; lukkede adresser som tekst, vtfk.no merket som 2021-adresse', () => {
  for (const { file, data } of references) {
    const page = pageOfSection(data.source.section, chapters, chapterUrl)!;
    const html = builtHtml(page);
    const item = new RegExp(`<li id="fotnote-${data.footnote}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1];
    expect(item, `${file} mangler på ${page}`).toBeDefined();
    const text = normaliseText(htmlText(item!));
    if (data.title) expect(text, file).toContain(data.title);
    if (data.printed !== data.url) expect(text, file).toContain(normaliseText(data.printed));
    if (!data.url) continue;
    const address = addressOf(data.url);
    const linked = outboundLinks(item!).map((l) => l.href);
    if (address.kind === 'public') {
      expect(linked, file).toEqual([data.url]);
      expect(text.includes('kan ha flyttet'), file).toBe(address.mayHaveMoved);
    } else {
      expect(linked, file).toEqual([]);
      expect(text, file).toContain(data.url);
    }
  }
});

test('kommunesiden har «Hva kan kommunen gjøre?» med rådet fra kunnskapsgrunnlaget og lenke til oversikten', () => {
  const municipalities = pages.filter((p) => /^\/kommuner\/[^/]+\/$/.test(p));
  expect(municipalities.length).toBeGreaterThan(0);
  for (const page of municipalities) {
    const html = builtHtml(page);
    const advice = /<section class="municipality-advice[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(advice, page).toBeDefined();
    expect(htmlText(advice!)).toContain('Hva kan kommunen gjøre?');
    expect(htmlText(advice!)).toContain('Hver enkelt kommune bør initiere en kartlegging');
    expect(advice, page).toContain(`href="${page}"`);
    expect(citesOf(advice!).join(' '), page).toContain('1.1 Universelt, helsefremmende og forebyggende perspektiver');
  }
});

test('kapittelsidene er med i søket, og nivåsidene og finn-tiltak lenker til kapitlet om utenforskap', () => {
  for (const url of ownPages) {
    const html = builtHtml(url);
    expect(html, url).toMatch(/<article\b[^>]*data-pagefind-body/);
    expect(html, url).toContain('data-pagefind-filter="type:Kunnskapsgrunnlag"');
  }
  const utenforskap = chapterUrl('utenforskap');
  const linking = [
    '/nivaer/',
    ...pages.filter((p) => /^\/nivaer\/\d\/$/.test(p)),
    `/finn-tiltak/${ANY}/${ANY}/${ANY}/`,
  ];
  expect(linking.length).toBeGreaterThan(4);
  for (const page of linking) expect(builtHtml(page), page).toContain(`href="${utenforskap}"`);
});

test('søket finner kapitlet om partnerskapet', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('ståstedsanalyser')}`);
  await expect(page.locator('#sokestatus')).toContainText('treff');
  await expect(page.locator('#treff .hit__title a').first()).toHaveText(/Om partnerskapet/);
});

test('kapittelsidene har ingen axe-brudd og blir ikke bredere enn 320 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of ['/kunnskapsgrunnlag/', ...ownPages, '/kommuner/larvik/']) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  }
});
