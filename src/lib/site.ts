/** Site-wide names and the main navigation, in one place. */
import { readDeploy } from './deploy';
import { urls } from './routes';

export const SITE_NAME = 'Tiltaksbanken for Vestfold';

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { href: urls.finder, label: 'Finn tiltak' },
  { href: urls.measures, label: 'Tiltak' },
  { href: urls.schools, label: 'Skoler' },
  { href: urls.levels, label: 'Nivåer' },
  { href: urls.knowledge, label: 'Kunnskapsgrunnlag' },
  { href: urls.services, label: 'Tjenester' },
  { href: urls.statistics, label: 'Statistikk' },
  { href: urls.about, label: 'Om' },
];

/** The nav item a path belongs to: the longest prefix match, or none. */
export function currentNav(pathname: string, items: readonly NavItem[] = MAIN_NAV): NavItem | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/**
 * Where readers report errors and accessibility problems: CONTACT_EMAIL at build time (src/lib/deploy.ts),
 * or undefined, and the pages say so (CONTACT_MISSING).
 */
export const CONTACT_EMAIL = readDeploy(process.env).contactEmail;
export const CONTACT_MISSING = 'Kontaktadressen er ikke satt ennå.';

/**
 * The tagging entity of the site's `tag:` URIs (RFC 4151): a name and the year the site first used it.
 * The Atom feed's ids are made from it, so they need no site address and never change with one.
 */
export const TAG_AUTHORITY = 'tiltaksbanken-vestfold,2025';

/** Whether the contact address is still unset (or a placeholder such as example.no), which reaches no one. */
export const isPlaceholderEmail = (email: string | undefined): boolean =>
  !email || /@example\.(no|com|org)$/i.test(email.trim());
