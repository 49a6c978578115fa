/**
 * Quality gates over every built page: valid HTML (html-validate and the W3C Nu HTML Checker), links and anchors that resolve, a CSP without
 * unsafe-inline and no inline script it does not hash, axe (WCAG 2.2 AA) and HTML_CodeSniffer (WCAG2AA), no request to another origin,
 * and the main content present without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expectNoAxeViolations, expectNoHtmlcsErrors, recordForeignRequests } from './helpers';
import { HTML_VALIDATE_CONFIG } from './htmlvalidate.config';
import { formatNuMessage, nuCheck } from './nu-checker';
import { builtHtml, builtPages, DIST } from './site';

const pages = builtPages();

test('nettstedet har sider å sjekke', () => {
  expect(pages.length).toBeGreaterThan(100);
  expect(pages).toContain('/');
});

test('html-validate finner ingen feil på noen side', async () => {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(builtHtml(page), page);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(errors).toEqual([]);
});

/**
 * The checker reads the pages from disk as file: URLs, whose origin no `'self'` matches, so it reports
 * every bundled stylesheet and script as blocked by the CSP. In the browser they load (the axe run below
 * would see an unstyled page otherwise); these warnings are counted, not listed.
 */
const FILE_ORIGIN_CSP =
  /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/_astro\/[^”]+” blocked by “(style|script)-src” directive\.$/;

test('W3C Nu HTML Checker finner ingen feil på noen side (advarsler listes)', () => {
  test.setTimeout(120_000);
  const root = resolve(DIST);
  const messages = nuCheck(root);
  const errors = messages.filter((m) => m.type !== 'info').map((m) => formatNuMessage(m, root));
  const warnings = messages.filter((m) => m.type === 'info');
  const listed = warnings.filter((m) => !FILE_ORIGIN_CSP.test(m.message)).map((m) => formatNuMessage(m, root));
  if (listed.length) console.log(`Nu HTML Checker, advarsler:\n${listed.join('\n')}`);
  console.log(
    `Nu HTML Checker: ${errors.length} feil, ${warnings.length} advarsler (${warnings.length - listed.length} om filer i /_astro/ sett fra file:-adresser)`,
  );
  expect(errors).toEqual([]);
});

/** Every href and the ids on a page. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

test('hver intern lenke og #anker peker på noe som finnes; eksterne lenker listes', () => {
  const ids = new Map(pages.map((p) => [p, idsOf(builtHtml(p))]));
  const broken: string[] = [];
  const external = new Set<string>();
  for (const page of pages) {
    for (const href of linksOf(builtHtml(page))) {
      if (/^(mailto|tel):/.test(href)) continue;
      if (/^https?:\/\//.test(href)) {
        external.add(href);
        continue;
      }
      const url = new URL(href, `http://x${page}`);
      const path = url.pathname;
      const isPage = ids.has(path);
      const isFile = !path.endsWith('/') && existsSync(join(DIST, decodeURIComponent(path)));
      if (!isPage && !isFile) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && isPage && !ids.get(path)!.has(hash)) broken.push(`${page} → ${href} (mangler id «${hash}»)`);
    }
  }
  expect(broken).toEqual([]);
  if (external.size) console.log(`Eksterne lenker (ikke hentet):\n${[...external].sort().join('\n')}`);
});

test('hver side har en CSP uten unsafe-inline, og hvert innebygde skript og stilark har sin hash i den', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = builtHtml(page);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!csp) {
      problems.push(`${page}: mangler CSP`);
      continue;
    }
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${page}: script-src tillater ${scriptSrc}`);
    if (/\sstyle="/.test(html)) problems.push(`${page}: har style-attributt (blokkeres av CSP)`);
    if (/\son[a-z]+="/.test(html)) problems.push(`${page}: har innebygd hendelseshåndterer`);
    const styleSrc = /style-src ([^;]+)/.exec(csp)?.[1] ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(ld\+)?json"/.test(m[0])) continue;
      if (!scriptSrc.includes(sha(m[1]!))) problems.push(`${page}: innebygd skript uten hash ${sha(m[1]!)}`);
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      if (!styleSrc.includes(sha(m[1]!))) problems.push(`${page}: innebygd stil uten hash ${sha(m[1]!)}`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('_headers gir sikkerhetshoder og lang hurtiglagring av filer med hash i navnet', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const header of [
    "frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy:',
  ]) {
    expect(headers).toContain(header);
  }
  expect(headers).toMatch(/\/_astro\/\*\s+Cache-Control: public, max-age=31536000, immutable/);
});

test('axe og HTML_CodeSniffer feiler på en side som bryter reglene, og axe på en side med ramme', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="nb"><title>Brudd</title><main><h1>Brudd</h1><img src="x.png"><input type="text"></main></html>',
  );
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  await expect(expectNoHtmlcsErrors(page)).rejects.toThrow(/H37/);
  await page.setContent(
    '<!doctype html><html lang="nb"><title>Ramme</title><main><h1>Ramme</h1><iframe title="Ramme" srcdoc="<p>Hei</p>"></iframe></main></html>',
  );
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/har en ramme/);
});

// The browser checks run in chunks so both workers share the pages.
const CHUNKS = 6;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const slice = pages.filter((_, i) => i % CHUNKS === chunk);

  test(`axe, HTML_CodeSniffer og ingen forespørsler til andre opprinnelser, del ${chunk + 1} av ${CHUNKS}`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(20 * 60_000);
    const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
    for (const path of slice) {
      await page.goto(path, { waitUntil: 'load' });
      await expectNoAxeViolations(page);
      await expectNoHtmlcsErrors(page);
    }
    expect(foreign).toEqual([]);
  });

  test(`hovedinnholdet finnes uten JavaScript, del ${chunk + 1} av ${CHUNKS}`, async ({ browser }) => {
    test.setTimeout(10 * 60_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of slice) {
      await page.goto(path);
      await expect(page.locator('main h1'), path).toHaveCount(1);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, `${path}: for lite innhold uten JavaScript`).toBeGreaterThan(80);
    }
    await context.close();
  });
}
