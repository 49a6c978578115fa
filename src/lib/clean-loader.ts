/**
 * A collection loader whose entries reach the pages as src/lib/frontmatter.ts's `cleanContentText`
 * makes them: composed letters (NFC) and LF line ends in every field, the body and the rendered HTML,
 * however the editor saved the file. Astro's glob loader reads the files itself, so the cleaning is
 * laid over the two places its results pass: the schema (`parseData`) and the store (`store.set`).
 * (A byte order mark and CRLF Astro's own parser handles already.)
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { cleanContentText } from './frontmatter.ts';

/** Every string in a value from YAML (objects, lists, text), cleaned. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanContentText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

function cleanEntry(entry: StoredEntry): StoredEntry {
  const cleaned = { ...entry };
  if (entry.body !== undefined) cleaned.body = cleanContentText(entry.body);
  if (entry.rendered) {
    const { html, metadata } = entry.rendered;
    cleaned.rendered = { ...entry.rendered, html: cleanContentText(html) };
    if (metadata?.headings) {
      cleaned.rendered.metadata = {
        ...metadata,
        headings: metadata.headings.map((h) => ({ ...h, text: cleanContentText(h.text) })),
      };
    }
  }
  return cleaned;
}

/** `loader`, with what it stores cleaned. */
export function cleanLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const store = new Proxy(context.store, {
        get(target, prop) {
          if (prop === 'set') return (entry: StoredEntry) => target.set(cleanEntry(entry));
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      return loader.load({
        ...context,
        store,
        parseData: (props) => context.parseData({ ...props, data: cleanStrings(props.data) }),
      });
    },
  };
}
