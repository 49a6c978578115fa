/**
 * The checks on content/ that the collection schemas cannot make, because they need more than one
 * entry at a time or the file itself: every entry file is read by a collection, parses, has an id of
 * its own and (for Markdown) a body, every reference points at an entry that exists, and every fact of a
 * measure has a quote that stands exactly once in its description (src/lib/evidence.ts). Astro's
 * `reference()` does not fail the build on an unknown id, and its glob loader only warns when two files
 * get the same id, so these checks are ours.
 *
 * Pure: it takes the files' paths and a function that reads one. src/integrations/content-check.ts runs
 * it before every build; the schemas in src/content.config.ts check each entry's fields.
 */
import { checkEvidence } from './evidence.ts';
import { ContentError, parseContentFile, type Parsed } from './frontmatter.ts';
import { checkChapter } from './knowledge.ts';
import { slugify } from './source-text.ts';

/** The collection folders in content/ and the one file type each holds. */
export const CONTENT_FOLDERS = {
  kilder: 'yaml',
  skoler: 'yaml',
  tiltak: 'md',
  nivaer: 'md',
  nokler: 'md',
  'fire-t': 'md',
  tema: 'md',
  tjenester: 'md',
  statistikk: 'yaml',
  kapitler: 'md',
  referanser: 'yaml',
  utgaver: 'yaml',
  sok: 'yaml',
} as const;
export type ContentFolder = keyof typeof CONTENT_FOLDERS;

/** Folders inside a collection folder that hold files other than entries. */
const OTHER_FILES = ['content/kilder/tekst/'];

/** File types someone might use for an entry; other files (notes, backups) are not our business. */
const ENTRY_LIKE = /\.(md|markdown|mdx|ya?ml)$/i;

/**
 * An entry's id (and URL slug) from its file name: the name without the extension, as a slug. Two
 * files whose names differ only in letter case or æøå get the same id, which the check reports.
 * The glob loaders in src/content.config.ts use this as their `generateId`.
 */
export function entryId(fileName: string): string {
  return slugify(fileName.replace(/\.[^./]+$/, ''));
}

/** «x» er ikke en tillatt verdi, with a guess where the value only lacks the slug form, and the allowed values. */
export function notAllowed(value: unknown, allowed: readonly (string | number)[]): string {
  const list = `Tillatt: ${allowed.join(', ')}`;
  if (value === undefined) return `mangler. ${list}`;
  const shown = typeof value === 'string' ? `«${value}»` : JSON.stringify(value);
  const guess = typeof value === 'string' ? allowed.find((a) => String(a) === slugify(value)) : undefined;
  const hint =
    guess === undefined
      ? ''
      : typeof guess === 'number'
        ? ` Skriv ${guess} uten anførselstegn.`
        : ` Mente du «${guess}»?`;
  return `${shown} er ikke en tillatt verdi.${hint} ${list}`;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.field}: ${p.message}`;

interface Entry extends Parsed {
  file: string;
  folder: ContentFolder;
  id: string;
}

interface Reference {
  field: string;
  target: ContentFolder;
  id: string;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const fieldOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const documentOf = (ref: unknown): unknown => fieldOf(ref, 'document');

/** The references an entry makes, as its schema declares them with `reference()`; other shapes are the schema's to report. */
function referencesOf({ folder, data }: Entry): Reference[] {
  const refs: { field: string; target: ContentFolder; id: unknown }[] = [
    ...asArray(folder === 'tiltak' ? data['schools'] : []).map((id, i) => ({
      field: `schools[${i}]`,
      target: 'skoler' as const,
      id,
    })),
    { field: 'source.document', target: 'kilder', id: documentOf(data['source']) },
    { field: 'edition', target: 'utgaver', id: folder === 'tiltak' ? data['edition'] : undefined },
    ...asArray(data['sources']).map((s, i) => ({
      field: `sources[${i}].document`,
      target: 'kilder' as const,
      id: documentOf(s),
    })),
    { field: 'status.document', target: 'kilder', id: documentOf(data['status']) },
    // A service's editorial links cite a source document each (a measure's cite its own description).
    ...asArray(folder === 'tjenester' ? fieldOf(data['assessment'], 'levels') : []).map((l, i) => ({
      field: `assessment.levels[${i}].document`,
      target: 'kilder' as const,
      id: documentOf(l),
    })),
  ];
  return refs.filter((ref): ref is Reference => typeof ref.id === 'string');
}

/** A tag, as HTML would read it: «<» and a letter, or «</» and a letter. */
const HTML_TAG = /<\/?[a-z][^<>]{0,60}>?/i;

/** Every string in an entry's fields, with its path in the style of the other messages («goalsOther[0]», «assessment.levels[0].why»). */
function stringFields(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFields(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringFields(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * HTML in a text field or the body. Astro would escape it in a field but publish it as is from the body
 * (Markdown passes HTML through); the CSP stops a script from running, but no markup of the editor's
 * own belongs on a page, so it stops the build wherever it is.
 */
function htmlProblems({ file, folder, data, body }: Entry): Problem[] {
  // The knowledge base chapters are the site's own prose: a quote of the source in it is marked <q>…</q>.
  const prose = folder === 'kapitler' ? body.replace(/<\/?q>/g, '') : body;
  const texts = [...stringFields(data), { field: 'beskrivelse', text: prose }];
  return texts.flatMap(({ field, text }) => {
    const tag = HTML_TAG.exec(text)?.[0];
    return tag === undefined
      ? []
      : [{ file, field, message: `inneholder HTML («${tag}»). HTML er ikke tillatt i innholdet; skriv ren tekst` }];
  });
}

/** Where a file sits: its collection folder and whether that collection reads it; undefined if outside every collection. */
function placeOf(file: string): { folder: ContentFolder; problem?: string } | undefined {
  const match = /^content\/([^/]+)\/(.+)$/.exec(file);
  const folder = match?.[1] as ContentFolder | undefined;
  if (!match || !folder || !(folder in CONTENT_FOLDERS)) return undefined;
  const ext = CONTENT_FOLDERS[folder];
  const where = `content/${folder}/`;
  if (match[2]!.includes('/'))
    return { folder, problem: `ligger i en undermappe og blir ikke lest. Flytt filen rett inn i ${where}` };
  if (!file.endsWith(`.${ext}`))
    return { folder, problem: `blir ikke lest: filer i ${where} må slutte på «.${ext}» (små bokstaver)` };
  return { folder };
}

/**
 * Checks every file under content/ (paths relative to the project, with `/`); `read` returns a file's
 * text. Returns the problems, by file; an empty list means the content can be built.
 */
export function checkContent(files: readonly string[], read: (file: string) => string): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  for (const file of [...files].sort()) {
    if (OTHER_FILES.some((dir) => file.startsWith(dir))) continue;
    const place = placeOf(file);
    if (!place || !ENTRY_LIKE.test(file)) continue;
    if (place.problem) {
      problems.push({ file, field: 'filnavn', message: place.problem });
      continue;
    }
    try {
      const parsed = parseContentFile(read(file), file);
      entries.push({ ...parsed, file, folder: place.folder, id: entryId(file.split('/').pop()!) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push({ file, field: error.field, message: error.reason });
    }
  }

  const ids = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.folder}/${entry.id}`;
    const first = ids.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        field: 'filnavn',
        message: `gir samme id («${entry.id}») og adresse som ${first.file}. Hver fil må ha sitt eget navn (små bokstaver a–z, tall og bindestrek); gi en av dem et annet navn`,
      });
    } else {
      ids.set(key, entry);
    }
    if (CONTENT_FOLDERS[entry.folder] === 'md' && entry.body === '') {
      const what = entry.folder === 'tiltak' ? 'Tiltakets beskrivelse, ordrett fra kilden,' : 'Teksten';
      problems.push({
        file: entry.file,
        field: 'beskrivelse',
        message: `er tom. ${what} skal stå under den siste linjen med «---»`,
      });
    } else if (entry.folder === 'tiltak') {
      for (const problem of checkEvidence(entry.data, entry.body)) problems.push({ file: entry.file, ...problem });
    } else if (entry.folder === 'kapitler') {
      for (const problem of checkChapter(entry.data, entry.body)) problems.push({ file: entry.file, ...problem });
    }
  }

  for (const entry of entries) problems.push(...htmlProblems(entry));

  const idsIn = (folder: ContentFolder) => entries.filter((e) => e.folder === folder).map((e) => e.id);
  for (const entry of entries) {
    for (const ref of referencesOf(entry)) {
      const known = idsIn(ref.target);
      if (!known.includes(ref.id)) {
        problems.push({
          file: entry.file,
          field: ref.field,
          message: `${notAllowed(ref.id, known)} (filene i content/${ref.target}/)`,
        });
      }
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
