/**
 * Where the site is published and who answers readers: the public address (`SITE_URL`) and the contact
 * address (`CONTACT_EMAIL`), from the environment at build time, the one place both are read. Without
 * them the build publishes no invented host or address: no canonical or og:url, no sitemap, relative
 * URLs in the open data, and the pages that need a contact say it is not set yet (docs/drift.md).
 */

export interface Deploy {
  /** The site's root, e.g. https://tiltak.eksempel.no/; undefined when not set. */
  siteUrl: URL | undefined;
  contactEmail: string | undefined;
}

/** The one line a build prints when either is missing: which, what that leaves out, and how to set them. */
export function howToSet({ siteUrl, contactEmail }: Deploy): string | undefined {
  const missing = [
    ...(siteUrl ? [] : ['SITE_URL (kanoniske adresser, og:url, sitemap)']),
    ...(contactEmail ? [] : ['CONTACT_EMAIL (kontaktadressen på /om/ og /tilgjengelighet/)']),
  ];
  if (missing.length === 0) return undefined;
  return (
    `Ikke satt: ${missing.join(' og ')}. Sett dem når du bygger for publisering, for eksempel ` +
    'SITE_URL=https://tiltak.eksempel.no CONTACT_EMAIL=post@eksempel.no npm run build (se docs/drift.md).'
  );
}

/** A value in the environment is wrong; the message says which and what is expected. */
export class DeployError extends Error {}

const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i;

/** The two settings from `env` (process.env at build time); an empty value counts as not set. */
export function readDeploy(env: Record<string, string | undefined>): Deploy {
  const siteText = env['SITE_URL']?.trim() || undefined;
  const contactEmail = env['CONTACT_EMAIL']?.trim() || undefined;
  let siteUrl: URL | undefined;
  if (siteText !== undefined) {
    const expected =
      'Skriv adressen til nettstedets rot med https://, for eksempel SITE_URL=https://tiltak.eksempel.no';
    try {
      siteUrl = new URL(siteText);
    } catch {
      throw new DeployError(`SITE_URL: «${siteText}» er ikke en adresse. ${expected}`);
    }
    if (!/^https?:$/.test(siteUrl.protocol) || !siteUrl.hostname.includes('.')) {
      throw new DeployError(`SITE_URL: «${siteText}» er ikke en nettadresse. ${expected}`);
    }
    // The site's own links start at / (/tiltak/…), so it must be served at a host's root.
    if (siteUrl.pathname !== '/' || siteUrl.search || siteUrl.hash || siteUrl.username || siteUrl.password) {
      throw new DeployError(
        `SITE_URL: «${siteText}» har mer enn vertsnavnet; nettstedet må ligge i roten av en vert. ${expected}`,
      );
    }
  }
  if (contactEmail !== undefined && !EMAIL.test(contactEmail)) {
    throw new DeployError(
      `CONTACT_EMAIL: «${contactEmail}» er ikke en e-postadresse. Skriv én adresse, for eksempel CONTACT_EMAIL=post@eksempel.no`,
    );
  }
  return { siteUrl, contactEmail };
}

/** A page's or file's address: absolute on the public host when it is known, otherwise relative to the site's root. */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
