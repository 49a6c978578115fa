/**
 * The real build of the project as it is, read from what it prints and what it writes. A clean build
 * gives no warnings, so a new one is seen when it appears rather than lost among old ones. Built without
 * SITE_URL and CONTACT_EMAIL (as `npm test`'s own build is), it publishes no invented host or address
 * and says, once, how to set them; built with them, it uses them everywhere; with a malformed one, it stops.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/files';
import { CONTACT_MISSING } from '../../src/lib/site';
import { build, copyProject, removeCopy } from './harness';

const UNSET = { SITE_URL: undefined, CONTACT_EMAIL: undefined };
const SITE_URL = 'https://tiltak.eksempel.no';
const CONTACT_EMAIL = 'post@eksempel.no';

/** Builds a copy of the project with `env`; the copy is removed after the suite. */
function built(env: Record<string, string | undefined>) {
  const site = {
    dir: '',
    code: null as number | null,
    output: '',
    read: (file: string) => readFileSync(join(site.dir, 'dist', file), 'utf8'),
  };
  beforeAll(async () => {
    site.dir = copyProject();
    Object.assign(site, await build(site.dir, env));
  }, 180_000);
  afterAll(() => removeCopy(site.dir));
  return site;
}

describe.concurrent('bygg uten SITE_URL og CONTACT_EMAIL', () => {
  const site = built(UNSET);

  it('lykkes og skriver ingen advarsler', () => {
    expect(site.code, site.output).toBe(0);
    const warnings = site.output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b|\(!\)/i.test(line));
    expect(warnings).toEqual([]);
  });

  it('sier én gang hvordan adressene settes', () => {
    const lines = site.output.split('\n').filter((line) => line.includes('Ikke satt: SITE_URL'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('CONTACT_EMAIL');
    expect(lines[0]).toContain('docs/drift.md');
  });

  it('publiserer ingen oppdiktet vert eller adresse (utenom Pagefinds egen kode)', () => {
    const files = filesUnder(join(site.dir, 'dist')).filter((file) => !file.startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(100);
    const invented = files.filter((file) =>
      /tiltaksbanken\.example|@example\.|example\.(no|com|org)/.test(site.read(file)),
    );
    expect(invented).toEqual([]);
  });

  it('har ingen kanonisk adresse, og:url eller sitemap, og robots.txt nevner ingen sitemap', () => {
    for (const page of ['index.html', 'om/index.html', 'tiltak/index.html']) {
      expect(site.read(page)).not.toMatch(/rel="canonical"|og:url|rel="sitemap"/);
    }
    expect(existsSync(join(site.dir, 'dist', 'sitemap-index.xml'))).toBe(false);
    expect(site.read('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gir relative adresser i de åpne dataene', () => {
    const data = JSON.parse(site.read('data/tiltak.json')) as { measures: { id: string; url: string }[] };
    for (const m of data.measures) expect(m.url).toBe(`/tiltak/${m.id}/`);
    expect(site.read('data/tiltak.csv')).toMatch(/[;,]"?\/tiltak\/aktiviteter-etter-skolen\/"?[;,\r\n]/);
    const schema = JSON.parse(site.read('data/tiltak.schema.json')) as Record<string, unknown>;
    expect(schema['$id']).toBeUndefined();
    expect(JSON.stringify(schema)).toContain('"format":"uri-reference"');
  });

  it('sier rett ut at kontaktadressen ikke er satt', () => {
    for (const page of ['om/index.html', 'tilgjengelighet/index.html']) {
      expect(site.read(page)).toContain(CONTACT_MISSING);
      expect(site.read(page)).not.toContain('mailto:');
    }
  });
});

describe.concurrent('bygg med SITE_URL og CONTACT_EMAIL', () => {
  const site = built({ SITE_URL, CONTACT_EMAIL });

  it('lykkes uten advarsler og uten linjen om hvordan de settes', () => {
    expect(site.code, site.output).toBe(0);
    expect(site.output).not.toMatch(/\[WARN\]|Ikke satt:/);
  });

  it('gir kanonisk adresse og og:url på sidene, sitemap og robots.txt med sitemap', () => {
    for (const path of ['/', '/om/', '/tiltak/']) {
      const html = site.read(`${path.slice(1)}index.html`);
      expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${path}">`);
      expect(html).toContain(`<meta property="og:url" content="${SITE_URL}${path}">`);
    }
    expect(site.read('sitemap-index.xml')).toContain(`<loc>${SITE_URL}/sitemap-0.xml</loc>`);
    expect(site.read('sitemap-0.xml')).toContain(`<loc>${SITE_URL}/tiltak/</loc>`);
    expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  it('gir absolutte adresser i de åpne dataene', () => {
    const data = JSON.parse(site.read('data/tiltak.json')) as { measures: { id: string; url: string }[] };
    for (const m of data.measures) expect(m.url).toBe(`${SITE_URL}/tiltak/${m.id}/`);
    expect(JSON.parse(site.read('data/tiltak.schema.json'))).toMatchObject({
      $id: `${SITE_URL}/data/tiltak.schema.json`,
    });
  });

  it('viser kontaktadressen på /om/ og i tilgjengelighetserklæringen', () => {
    for (const page of ['om/index.html', 'tilgjengelighet/index.html']) {
      const link = new RegExp(`<a class="ds-link" href="mailto:${CONTACT_EMAIL}"[^>]*>${CONTACT_EMAIL}</a>`);
      expect(link.test(site.read(page)), page).toBe(true);
      expect(site.read(page)).not.toContain(CONTACT_MISSING);
    }
  });
});

describe.concurrent('en feil verdi stopper bygget med en melding som sier hva som er feil', () => {
  for (const [env, message] of [
    [
      { SITE_URL: 'tiltak.eksempel.no' },
      'SITE_URL: «tiltak.eksempel.no» er ikke en adresse. Skriv adressen til nettstedets rot med https://',
    ],
    [
      { SITE_URL: 'https://tiltak.eksempel.no/tiltaksbanken/' },
      'SITE_URL: «https://tiltak.eksempel.no/tiltaksbanken/» har mer enn vertsnavnet',
    ],
    [{ CONTACT_EMAIL: 'post på eksempel.no' }, 'CONTACT_EMAIL: «post på eksempel.no» er ikke en e-postadresse'],
  ] as const) {
    it(
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
      async () => {
        const dir = copyProject();
        try {
          const { code, output } = await build(dir, { ...UNSET, ...env });
          expect(code, output).not.toBe(0);
          expect(output).toContain(message);
          expect(output).toContain('Bygget feilet; dist/ er fjernet');
        } finally {
          removeCopy(dir);
        }
      },
    );
  }
});
