/**
 * The Atom feed of the changes (/endringer.xml), written with the `feed` package. Entry ids are `tag:`
 * URIs made from each change's key, so they stay the same whatever the site's address; the dates are the
 * content's, so the file is the same from build to build.
 */
import { Feed } from 'feed';
import { changeAnchor, changeTitle, latestDate, type Change } from './changes.ts';
import { dateOf } from './dates.ts';
import { urls } from './routes.ts';
import { SITE_NAME, TAG_AUTHORITY } from './site.ts';

export const FEED_TITLE = `Endringer i ${SITE_NAME}`;

/** The `tag:` URI of a change (or of the feed itself, without a key). */
export const tagUri = (key?: string): string => `tag:${TAG_AUTHORITY}:endringer${key ? `/${key}` : ''}`;

/** Where a change is told: the measure's page, or the edition's place on /endringer/. */
export const changeHref = (change: Change): string =>
  change.kind === 'edition' ? `${urls.changes}#${changeAnchor(change)}` : urls.measure(change.measure.id);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `feed` accepts only absolute URLs; without a site address the links are written against this
 * placeholder and then made relative to the site's root (Atom allows relative references, resolved
 * against the feed's own address).
 */
const PLACEHOLDER = 'https://adresse.invalid';

export function changesFeed(changes: readonly Change[], site?: URL): string {
  const base = site ? site.origin : PLACEHOLDER;
  const abs = (path: string) => new URL(path, base).href;
  const latest = latestDate(changes);
  const feed = new Feed({
    id: tagUri(),
    title: FEED_TITLE,
    description: 'Tiltak som er lagt til, endret eller avsluttet, med dato og grunn.',
    language: 'nb',
    link: abs(urls.changes),
    feedLinks: { atom: abs(urls.changesFeed) },
    updated: dateOf(latest ?? '1970-01-01'),
    author: { name: SITE_NAME },
    generator: false,
  });
  for (const change of changes) {
    const summary =
      change.kind === 'edition' ? `${change.measures.length} tiltak fra ${change.edition.title}.` : change.reason;
    feed.addItem({
      id: tagUri(change.key),
      title: escapeHtml(changeTitle(change)),
      link: abs(changeHref(change)),
      date: dateOf(change.date),
      description: escapeHtml(summary),
    });
  }
  const xml = feed.atom1();
  return site ? xml : xml.replaceAll(`href="${PLACEHOLDER}/`, 'href="/');
}
