/**
 * Reading the plain-text source documents: normalising PDF line wrapping and finding the rows of the
 * measures table (kartlegging-2025, section 7 "Vedlegg: Individrettede tiltak").
 *
 * The same normalisation serves the import script and the integrity tests, so "verbatim" means one
 * thing everywhere.
 */

/** Words that follow a suspended compound ("sosiale- og livsmestringsferdigheter"): keep the space. */
const SUSPENDED_COMPOUND_NEXT = /^(og|eller|samt)\b/;

/**
 * Joins wrapped lines into running text: whitespace collapses to single spaces, and a line ending in a
 * hyphen joins the next line without a space ("(2-" + "5)" → "(2-5)"), except before "og"/"eller".
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
    } else if (/\S-$/.test(out) && !SUSPENDED_COMPOUND_NEXT.test(line)) {
      out += line;
    } else {
      out += ` ${line}`;
    }
  }
  return out;
}

/** Collapses all whitespace and line-wrap hyphenation in a text to compare it with another. */
export function normaliseText(text: string): string {
  return joinLines(text.split('\n'));
}

/** Page headers and footers that interrupt the appendix table in the PDF extraction. */
const PAGE_FURNITURE = [/^\s*Individrettede tiltak i videregående opplæring\s*$/];

export interface SourceRow {
  readonly name: string;
  readonly school: string;
  readonly description: string;
}

const SCHOOL_PATTERN =
  /((?:(?:Sandefjord|Nøtterøy|Færder|Greveskogen|Horten|Thor Heyerdah?l|Re|Sande|Melsom|Holmestrand) videregående skole(?:, | og )?)+(?:, Sandefjord videregående skole og Melsom videregående skole)?|Skolen for sosiale og medisinske institusjoner)$/;

/** A description paragraph starts with a long line; the name and school columns wrap into short ones. */
const DESCRIPTION_MIN_LINE = 80;

/**
 * Splits the appendix of kartlegging-2025 into its rows (name, school, description).
 * Throws when the table header is missing or a row's school cannot be recognised.
 */
export function parseMeasureTable(fullText: string): SourceRow[] {
  const start = fullText.indexOf('Tiltakets navn Skole Beskrivelse av tiltaket');
  if (start < 0) throw new Error('Fant ikke tabellhodet «Tiltakets navn Skole Beskrivelse av tiltaket»');
  const lines = fullText
    .slice(start)
    .split('\n')
    .slice(1)
    .filter((l) => !PAGE_FURNITURE.some((re) => re.test(l)));

  // Group lines into blocks separated by blank lines.
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);

  const rows: SourceRow[] = [];
  let header: string[] = [];
  let description: string[] = [];
  const flush = () => {
    if (!header.length || !description.length) return;
    const head = joinLines(header);
    const match = SCHOOL_PATTERN.exec(head);
    if (!match) throw new Error(`Fant ikke skolenavn i tabellraden «${head}»`);
    rows.push({
      name: head.slice(0, match.index).trim(),
      school: match[1]!.trim(),
      description: joinLines(description),
    });
    header = [];
    description = [];
  };
  for (const block of blocks) {
    const isDescription = block[0]!.trim().length >= DESCRIPTION_MIN_LINE;
    if (isDescription) {
      // A page break (a line starting with a space) can put the next row's name right after the end of
      // a description without a blank line: a trailing run of short lines after such a break is a header.
      const tail = trailingHeaderStart(block);
      description.push(...block.slice(0, tail));
      if (tail < block.length) {
        flush();
        header.push(...block.slice(tail));
      }
    } else {
      flush();
      header.push(...block);
    }
  }
  flush();
  return rows;
}

function trailingHeaderStart(block: readonly string[]): number {
  for (let i = block.length - 1; i > 0 && block[i]!.trim().length < DESCRIPTION_MIN_LINE; i--) {
    if (/^\s/.test(block[i]!) && /[.)]\s*$/.test(block[i - 1]!)) return i;
  }
  return block.length;
}

/** The survey report whose appendix lists the 60 measures as a table. */
export const MEASURE_REPORT = 'kartlegging-2025';

/**
 * What a measure's description is compared with when it cites `document`, as comparable text
 * (normalised, lower case): in the survey report, the descriptions of its appendix table (the PDF puts
 * the name and school columns between the lines of running text); in any other document, its whole text.
 */
export function citableText(document: string, fullText: string): string {
  const text =
    document === MEASURE_REPORT
      ? parseMeasureTable(fullText)
          .map((r) => r.description)
          .join(' ')
      : normaliseText(fullText);
  return text.toLowerCase();
}

/** A text made comparable with citableText's: normalised and in lower case. */
export const comparableText = (text: string): string => normaliseText(text).toLowerCase();

/** ASCII slug for URLs and file names: æ→ae, ø→o, å→a, other marks dropped. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
