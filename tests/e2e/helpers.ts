import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The WCAG tags every page is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page and fails with the violations listed by rule and element.
 *
 * Legacy mode runs `axe.run` in the page itself. The default opens a blank page for every check, to
 * merge the results of cross-origin frames; that took half of each check's time (1.7 → 0.8 s for a
 * measure page, same results) and the site has no frames. So a page with a frame fails here, and this
 * choice must be looked at again before one is added.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(
    await page.locator('iframe, frame').count(),
    `${page.url()} har en ramme, som axe i legacy-modus ikke sjekker`,
  ).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe-brudd på ${page.url()}`).toEqual([]);
}

/** HTML_CodeSniffer's built script, which defines `HTMLCS` and the standards in the page. */
const HTMLCS_SOURCE = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * Runs HTML_CodeSniffer (WCAG2AA) on the page and fails on its errors (type 1), listed by code, element
 * and message; its warnings and notices are things to check by hand, not failures. The script goes in
 * through the DevTools protocol, as axe does, so the page's CSP does not block it.
 */
export async function expectNoHtmlcsErrors(page: Page): Promise<void> {
  await page.evaluate(HTMLCS_SOURCE);
  const errors = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        type Message = { type: number; code: string; msg: string; element: Element };
        type Htmlcs = {
          process(standard: string, root: Document, done: () => void, failed: () => void, language: string): void;
          getMessages(): Message[];
        };
        const htmlcs = (window as unknown as { HTMLCS: Htmlcs }).HTMLCS;
        htmlcs.process(
          'WCAG2AA',
          document,
          () => {
            const describe = (el: Element) =>
              el.nodeType === 1
                ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> «${(el.textContent ?? '').trim().slice(0, 40)}»`
                : 'dokumentet';
            resolve(
              htmlcs
                .getMessages()
                .filter((m) => m.type === 1)
                .map((m) => `${m.code}: ${describe(m.element)}: ${m.msg}`),
            );
          },
          () => reject(new Error('HTML_CodeSniffer feilet')),
          'en',
        );
      }),
  );
  expect(errors, `HTML_CodeSniffer-feil på ${page.url()}`).toEqual([]);
}

/** Records every request the page makes to another origin than the site's own. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
