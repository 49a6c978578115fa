/**
 * The judged query set (tests/fixtures/relevance/queries.yaml) and how a ranked result list is scored
 * against it: shared by the benchmark (scripts/bench-relevance.ts) and the floor test
 * (tests/e2e/relevance.spec.ts). Results are URL paths as the search page links them ("/tiltak/stl/").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';

export const RELEVANCE_DIR = join('tests', 'fixtures', 'relevance');
export const PASSING_FILE = join(RELEVANCE_DIR, 'passing.json');

export interface JudgedQuery {
  query: string;
  kind: string;
  /** Each with the judge's reason (`why`): the words, facts or editorial links that make it relevant. */
  top5: { id: string; why?: string }[];
  top10: { id: string; why?: string }[];
  pages?: { path: string; within: 'top5' | 'top10' }[];
  /** Measures the judge's note names as equally relevant, but not listed (more than ten are relevant). */
  also?: string[];
}

export function readQueries(file = join(RELEVANCE_DIR, 'queries.yaml')): JudgedQuery[] {
  const list = parse(readFileSync(file, 'utf8')) as JudgedQuery[];
  return list.map((q) => ({
    ...q,
    top5: q.top5 ?? [],
    top10: q.top10 ?? [],
    pages: q.pages ?? [],
    also: q.also ?? [],
  }));
}

/**
 * The held-out sets (holdout.yaml, holdout-2.yaml, …: judged blind after tuning, never tuned on), by
 * name, in order; `root` is the project folder.
 */
export function heldOutSets(root = '.'): { name: string; file: string }[] {
  const dir = join(root, RELEVANCE_DIR);
  const number = (f: string) => Number(/-(\d+)\.yaml$/.exec(f)?.[1] ?? 1);
  return readdirSync(dir)
    .filter((f) => /^holdout(-\d+)?\.yaml$/.test(f))
    .sort((a, b) => number(a) - number(b))
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), file: join(dir, f) }));
}

export function readPassing(): string[] {
  return JSON.parse(readFileSync(PASSING_FILE, 'utf8')) as string[];
}

const measurePath = (id: string) => `/tiltak/${id}/`;

/**
 * What must be in the first 5, everything listed for the first 10 (the first 5 included), and every
 * relevant page: the listed ones and those the note names as equally relevant.
 */
export function expected(q: JudgedQuery): { top5: string[]; top10: string[]; relevant: string[] } {
  const pages = q.pages ?? [];
  const top5 = [
    ...q.top5.map((m) => measurePath(m.id)),
    ...pages.filter((p) => p.within === 'top5').map((p) => p.path),
  ];
  const rest = [
    ...q.top10.map((m) => measurePath(m.id)),
    ...pages.filter((p) => p.within === 'top10').map((p) => p.path),
  ];
  const top10 = [...new Set([...top5, ...rest])];
  return { top5, top10, relevant: [...new Set([...top10, ...(q.also ?? []).map(measurePath)])] };
}

export interface Score {
  /** Share of the first-5 judgements found in the first 5; null when the query has none. */
  recall5: number | null;
  /** Share of the listed judgements found in the first 10. */
  recall10: number;
  /**
   * Relevant pages (listed or named equally relevant) in the first 10, as a share of what the first 10
   * can hold: of ten, when more than ten are relevant (capped recall).
   */
  recall10All: number;
  /** 1 / rank of the first judged result (0 when none is in the list). */
  reciprocalRank: number;
  /** Every first-5 judgement in the first 5, and the first 10 as full of relevant pages as it can be. */
  passes: boolean;
}

export function score(q: JudgedQuery, results: readonly string[]): Score {
  const { top5, top10, relevant } = expected(q);
  const found = (ids: string[], n: number) => ids.filter((id) => results.slice(0, n).includes(id)).length;
  const recall5 = top5.length ? found(top5, 5) / top5.length : null;
  const recall10 = top10.length ? found(top10, 10) / top10.length : 1;
  const recall10All = relevant.length ? found(relevant, 10) / Math.min(10, relevant.length) : 1;
  const rank = results.findIndex((r) => relevant.includes(r));
  return {
    recall5,
    recall10,
    recall10All,
    reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1),
    passes: (recall5 ?? 1) === 1 && recall10All === 1,
  };
}

export interface Summary {
  queries: number;
  recall5: number;
  recall10: number;
  recall10All: number;
  mrr: number;
  passing: number;
}

/**
 * The acceptance figure of the search (issue #16: «recall@10 ≥ 0.9 on the set»), on the tuned set: recall@10
 * with equals (`recall10All`), the judges' listed pages and those they named as equally relevant, out of
 * what ten places can hold (capped recall, as BEIR's R_cap@10). Decided 7 December 2026: recall against
 * the listed pages alone counts a page the judges named as equally relevant as a miss, so a first ten
 * that is all relevant can score 0.8 («arbeidspraksis») or less (a municipality's name); both figures
 * are printed, and docs/ytelse.md says why this one is the measure.
 */
export const ACCEPTANCE = { target: 0.9, of: (s: Summary) => s.recall10All } as const;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarise(scores: readonly Score[]): Summary {
  return {
    queries: scores.length,
    recall5: mean(scores.flatMap((s) => (s.recall5 === null ? [] : [s.recall5]))),
    recall10: mean(scores.map((s) => s.recall10)),
    recall10All: mean(scores.map((s) => s.recall10All)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    passing: scores.filter((s) => s.passes).length,
  };
}

/**
 * Types the query into the site's own search page (already open at /sok/) as a reader would, waits
 * until the list holds the results for that query (as typed, or as the speller corrected it), and
 * returns the first ten result paths.
 */
export async function searchPaths(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#sok-q');
  await input.fill('');
  await input.fill(query);
  // The page puts the query in its address as a run starts and marks the list busy until the run's
  // results are in it (also when the speller searched another word).
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(location.search).get('q') === q &&
      document.getElementById('treff')?.getAttribute('aria-busy') === 'false',
    query,
  );
  const hrefs = await page
    .locator('#treff .hit__title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, 10);
}
