import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  INDEX_ANCHOR,
  INDEX_FILE,
  blocksHtml,
  recordHtml,
  separated,
  withIndexBlocks,
} from '../../src/lib/search-index';
import { readMeasures } from '../content';
import { RELEVANCE_DIR, expected, heldOutSets, readQueries, score } from '../relevance';

describe('withIndexBlocks', () => {
  const blocks = [
    { weight: 5, words: ['miljoterapeut'] },
    { weight: 1, words: ['fravær', '<x>'] },
  ];
  it('legger blokkene sist i den indekserte delen, også når den har elementer av samme slag inni seg', () => {
    const html =
      '<body><article data-pagefind-body><h1>A</h1><article>indre</article><p>tekst</p></article><footer>f</footer></body>';
    const out = withIndexBlocks(html, blocks, '/a/');
    expect(out).toBe(
      `<body><article data-pagefind-body><h1>A</h1><article>indre</article><p>tekst</p>${blocksHtml(blocks)}</article><footer>f</footer></body>`,
    );
    expect(blocksHtml(blocks)).toBe(
      `<div id="${INDEX_ANCHOR}" data-pagefind-weight="5">miljoterapeut</div><div data-pagefind-weight="1">fravær &lt;x&gt;</div>`,
    );
  });
  it('stopper med en norsk melding når siden ikke har noen indeksert del', () => {
    expect(() => withIndexBlocks('<main>x</main>', blocks, '/b/')).toThrow(/\/b\/ har ikke noe data-pagefind-body/);
  });
});

describe('recordHtml', () => {
  it('gir en liten side med tittel, filter, sortering og søkeord', () => {
    const html = recordHtml({
      url: '/skoler/a/',
      title: 'A & B',
      text: 'A vgs',
      blocks: [{ weight: 2, words: ['larvik'] }],
      filters: { type: ['Skole og kommune'] },
      sort: '07',
    });
    expect(html).toContain('data-pagefind-sort="navn:07"');
    expect(html).toContain('data-pagefind-meta="title">A &amp; B<');
    expect(html).toContain('data-pagefind-filter="type:Skole og kommune"');
    expect(html).toContain(`id="${INDEX_ANCHOR}" data-pagefind-weight="1">larvik`);
  });
});

it('filen med søkeord bygges av en side med samme navn', () => {
  expect(existsSync(`src/pages/${INDEX_FILE}.ts`)).toBe(true);
});

describe('relevansmålet', () => {
  const q = {
    query: 'x',
    kind: 'place',
    top5: [{ id: 'a' }],
    top10: [{ id: 'b' }],
    pages: [{ path: '/kommuner/x/', within: 'top10' as const }],
  };
  it('regner recall@5, recall@10 og resiprok rang', () => {
    const top10 = ['/tiltak/a/', '/tiltak/b/', '/kommuner/x/'];
    expect(expected(q)).toEqual({ top5: ['/tiltak/a/'], top10, relevant: top10 });
    const s = score(q, ['/z/', '/tiltak/a/', '/z/', '/z/', '/z/', '/z/', '/tiltak/b/']);
    expect(s).toEqual({ recall5: 1, recall10: 2 / 3, recall10All: 2 / 3, reciprocalRank: 1 / 2, passes: false });
    expect(score(q, ['/tiltak/a/', '/tiltak/b/', '/kommuner/x/']).passes).toBe(true);
  });
  it('teller de likeverdige fra notatet, av så mange som får plass blant de ti første', () => {
    const many = { ...q, also: Array.from({ length: 12 }, (_, i) => `c${i}`) };
    expect(expected(many).relevant).toHaveLength(15);
    const results = ['/tiltak/a/', ...Array.from({ length: 9 }, (_, i) => `/tiltak/c${i}/`)];
    const s = score(many, results);
    expect(s.recall10).toBe(1 / 3); // of the three listed, only «a» is among the ten
    expect(s.recall10All).toBe(1); // ten relevant pages fill the ten places
    expect(s.passes).toBe(true);
    expect(score(many, ['/tiltak/a/', '/z/']).recall10All).toBe(1 / 10);
  });
  it('krever at top5 står blant de fem første', () => {
    const s = score(q, ['1', '2', '3', '4', '5', '/tiltak/a/', '/tiltak/b/', '/kommuner/x/']);
    expect(s.recall5).toBe(0);
    expect(s.passes).toBe(false);
  });
});

const judgedSets = [join(RELEVANCE_DIR, 'queries.yaml'), ...heldOutSets().map((h) => h.file)];

it('de holdte tilbake settene finnes i rekkefølge', () => {
  expect(
    heldOutSets()
      .map((h) => h.name)
      .slice(0, 3),
  ).toEqual(['holdout', 'holdout-2', 'holdout-3']);
});

it('hvert tiltak de vurderte søkene nevner, finnes', () => {
  const ids = new Set(readdirSync('content/tiltak').map((f) => f.replace(/\.md$/, '')));
  const named = judgedSets
    .flatMap((f) => readQueries(f))
    .flatMap((q) => [...q.top5, ...q.top10].map((m) => m.id).concat(q.also ?? []));
  expect(named.length).toBeGreaterThan(100);
  expect(named.filter((id) => !ids.has(id))).toEqual([]);
});

it('en vurdering som hviler på en redaksjonell kobling («tees tett-oppfolging»), har koblingen i innholdet', () => {
  // The judgements of «tett oppfølging» and «tidlig innsats» once rested on links that a re-read removed.
  const assessment = new Map(
    readMeasures().map((m) => [m.id, m.data.assessment as Record<string, readonly { value: string | number }[]>]),
  );
  const cited = judgedSets
    .flatMap((f) => readQueries(f))
    .flatMap((q) =>
      [...q.top5, ...q.top10].flatMap((m) =>
        [...(m.why ?? '').matchAll(/\b(?:assessment\.)?(tees|themes?|keys) ([a-z0-9-]+)/g)].map(([, kind, value]) => ({
          where: `«${q.query}» ${m.id}: ${kind} ${value}`,
          links: assessment.get(m.id)?.[kind!.startsWith('theme') ? 'themes' : kind!] ?? [],
          value,
        })),
      ),
    );
  expect(cited.length).toBeGreaterThan(10);
  expect(cited.filter((c) => !c.links.some((l) => l.value === c.value)).map((c) => c.where)).toEqual([]);
});

describe('separated', () => {
  it('skiller celler, definisjoner og listepunkter med et mellomrom', () => {
    expect(separated('<dl><dt>Hvem</dt><dd>Personer</dd></dl>')).toBe('<dl><dt>Hvem</dt> <dd>Personer</dd> </dl>');
    expect(separated('<tr><th scope="col">Tilbud</th><th>Formål</th></tr>')).toBe(
      '<tr><th scope="col">Tilbud</th> <th>Formål</th> </tr>',
    );
    expect(separated('<p>a</p><p>b</p> <li>c</li> d')).toBe('<p>a</p><p>b</p> <li>c</li> d');
  });
  it('gjør at Pagefind indekserer ordene i to celler som to ord', async () => {
    // Pagefind's own indexing, in memory: without the space it reads «HvemPersoner».
    const content = (html: string) =>
      `<!doctype html><html lang="nb"><head><title>t</title></head><body><main data-pagefind-body>${html}</main></body></html>`;
    const table = '<dl><dt>Hvem</dt><dd>Personer</dd></dl><table><tr><th>Tilbud</th><th>Formål</th></tr></table>';
    const words = async (html: string) => {
      const { index } = await pagefind.createIndex({});
      await index!.addHTMLFile({ url: '/a/', content: content(html) });
      const { files } = await index!.getFiles();
      const fragment = files.find((f) => f.path.startsWith('fragment/'))!;
      const json = gunzipSync(Buffer.from(fragment.content)).toString('utf8');
      return (JSON.parse(json.slice(json.indexOf('{'))) as { content: string }).content;
    };
    try {
      expect(await words(table)).toContain('HvemPersoner');
      const text = await words(separated(table));
      expect(text).toContain('Hvem Personer');
      expect(text).toContain('Tilbud Formål');
    } finally {
      await pagefind.close();
    }
  });
});
