/**
 * Relevance benchmark: runs every judged query (tests/fixtures/relevance/queries.yaml) through the site's
 * own search page in headless Chromium (and, apart, the held-out sets tests/fixtures/relevance/holdout*.yaml:
 * judged blind after tuning, never tuned on) and prints recall@5, recall@10 (against the listed judgements,
 * and with the ones the judges named equally relevant: tests/relevance.ts) and MRR, overall and per kind,
 * and whether the acceptance figure (recall@10 with equals on the tuned set: ACCEPTANCE) is met.
 * It builds nothing: it serves dist/ as it is (run `npm run build` first).
 *
 *   npm run bench:relevance                    (figures, and each query of the tuned set that does not
 *                                               pass; of a held-out set only its figures, so that no one
 *                                               tunes on its misses by accident)
 *   npm run bench:relevance -- --holdout-detaljer
 *                                              (also the held-out queries that do not pass)
 *   npm run bench:relevance -- --write-floor   (also writes the passing queries to
 *                                               tests/fixtures/relevance/passing.json, the e2e floor)
 *   npm run bench:relevance -- --vis "ord" …    (only the status line and the first ten results of each
 *                                               given query with the words marked in their excerpts,
 *                                               for an editor trying a synonym; no figures)
 */
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../tests/e2e/browser.ts';
import {
  ACCEPTANCE,
  PASSING_FILE,
  expected,
  heldOutSets,
  readQueries,
  score,
  searchPaths,
  summarise,
  type Score,
} from '../tests/relevance.ts';
import { serve } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'pagefind'))) throw new Error('Fant ikke dist/pagefind: kjør `npm run build` først.');

const queries = readQueries(join(ROOT, 'tests', 'fixtures', 'relevance', 'queries.yaml'));
// Sets judged after the tuning, never tuned on: how well the figures above carry over.
const heldOut = heldOutSets(ROOT).map(({ name, file }) => ({ name, queries: readQueries(file) }));
const heldOutDetails = process.argv.includes('--holdout-detaljer');
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const show = process.argv.indexOf('--vis');
if (show >= 0) {
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/`);
    for (const query of process.argv.slice(show + 1)) {
      const before = await page.locator('#sokestatus').textContent();
      const paths = await searchPaths(page, query);
      // The status line is written a moment after the results (src/scripts/search.ts: announce).
      await page.waitForFunction((old) => {
        const text = document.getElementById('sokestatus')?.textContent ?? '';
        return text !== old && text.includes('treff');
      }, before);
      console.log(`«${query}»: ${await page.locator('#sokestatus').textContent()}`);
      // The words each result was found by, as the excerpt marks them.
      const marks = await page
        .locator('#treff .hit')
        .evaluateAll((hits) =>
          hits.map((hit) =>
            [...new Set([...hit.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase()))].join(', '),
          ),
        );
      for (const [i, path] of paths.entries())
        console.log(`${String(i + 1).padStart(4)}  ${path}  ${marks[i] ? `(${marks[i]})` : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
const scores: { kind: string; query: string; score: Score }[] = [];
const held = new Map<string, Score[]>(heldOut.map((h) => [h.name, []]));
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/sok/`);
  const all = [
    ...queries.map((q) => ['', q] as const),
    ...heldOut.flatMap((h) => h.queries.map((q) => [h.name, q] as const)),
  ];
  for (const [set, q] of all) {
    const results = await searchPaths(page, q.query);
    const s = score(q, results);
    if (set) held.get(set)!.push(s);
    else scores.push({ kind: q.kind, query: q.query, score: s });
    if (!s.passes && (!set || heldOutDetails)) {
      if (set) process.stdout.write(`${set}: `);
      const { top5, top10, relevant } = expected(q);
      const missing = top10.filter((p) => !results.includes(p));
      const late = top5.filter((p) => results.includes(p) && results.indexOf(p) >= 5);
      const other = results.filter((p) => !relevant.includes(p));
      console.log(
        `ikke bestått (recall@10 ${s.recall10.toFixed(2)}, med likeverdige ${s.recall10All.toFixed(2)}): «${q.query}» mangler ${[...missing, ...late.map((p) => `${p} (plass ${results.indexOf(p) + 1})`)].join(', ')}` +
          (other.length ? `; ikke vurdert som relevante: ${other.join(', ')}` : ''),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const pct = (x: number) => x.toFixed(3).padStart(6);
const row = (label: string, list: Score[]) => {
  const s = summarise(list);
  console.log(
    label.padEnd(14),
    String(s.queries).padStart(4),
    pct(s.recall5).padStart(10),
    pct(s.recall10).padStart(10),
    pct(s.recall10All).padStart(13),
    pct(s.mrr).padStart(6),
    `${s.passing}/${s.queries}`.padStart(9),
  );
};
console.log();
console.log(
  'gruppe'.padEnd(14),
  'søk'.padStart(4),
  'recall@5'.padStart(10),
  'recall@10'.padStart(10),
  'm/likeverdige'.padStart(13),
  'MRR'.padStart(6),
  'bestått'.padStart(9),
);
row(
  'alle',
  scores.map((s) => s.score),
);
for (const kind of [...new Set(scores.map((s) => s.kind))]) {
  row(
    kind,
    scores.filter((s) => s.kind === kind).map((s) => s.score),
  );
}
const accepted = ACCEPTANCE.of(summarise(scores.map((s) => s.score)));
console.log(
  `\nAkseptanse: recall@10 med likeverdige ${accepted.toFixed(3)} på det justerte settet, mål ≥ ${ACCEPTANCE.target}: ${accepted >= ACCEPTANCE.target ? 'nådd' : 'IKKE nådd'}`,
);
if (held.size) console.log();
for (const [name, list] of held) row(name, list);

if (process.argv.includes('--write-floor')) {
  const passing = scores.filter((s) => s.score.passes).map((s) => s.query);
  writeFileSync(join(ROOT, PASSING_FILE), `${JSON.stringify(passing, null, 2)}\n`);
  console.log(`\nSkrev ${passing.length} beståtte søk til ${PASSING_FILE}`);
}
