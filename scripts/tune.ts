import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { expected, readQueries, score, summarise } from '../tests/relevance.ts';
import { serve } from './lib/serve.ts';
const queries = readQueries();
const server = await serve('/work/wt-search/dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}/sok/`);
const grid = JSON.parse(process.argv[2] ?? '[{}]');
const show = process.argv[3];
for (const ranking of grid) {
  await page.goto(`${server.url}/sok/`);
  const res = await page.evaluate(async ({ qs, ranking }) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.options({ noWorker: true, ranking });
    await pf.init();
    const out: string[][] = [];
    for (const q of qs) { const r = await pf.search(q); out.push(await Promise.all(r.results.slice(0, 10).map((x: any) => x.data().then((d: any) => d.url)))); }
    return out;
  }, { qs: queries.map((q) => q.query), ranking });
  const scores = queries.map((q, i) => score(q, res[i]!));
  const s = summarise(scores);
  console.log(JSON.stringify(ranking), s.recall5.toFixed(3), s.recall10.toFixed(3), s.mrr.toFixed(3), s.passing);
  if (show) queries.forEach((q, i) => { if ((q.query === show || show === 'all') && !scores[i]!.passes) { const e = expected(q); console.log(q.query, '| mangler', e.top10.filter((p) => !res[i]!.slice(0, 10).includes(p)).join(' '), '| top5 mangler', e.top5.filter((p) => !res[i]!.slice(0, 5).includes(p)).join(' '), '\n   ', res[i]!.join(' ')); } });
}
await browser.close(); await server.close();
