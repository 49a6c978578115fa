/**
 * The measures as an Excel workbook, made at build time with exceljs: one row per measure with the
 * columns of OPEN_COLUMNS (Norwegian labels instead of slugs), the header row frozen, an autofilter and
 * widths that fit; a second sheet explains the columns and cites the source. Every date in the file is
 * the data's date, so two builds give the same bytes.
 */
import ExcelJS from 'exceljs';
import { COLUMNS_SHEET, labelledCell, MEASURES_SHEET, OPEN_COLUMNS, type OpenMeasure } from './open-data';
import { fixZipTimes } from './zip';

export { COLUMNS_SHEET, MEASURES_SHEET };

export interface WorkbookMeta {
  /** What the rows are, e.g. «Tiltakene i Larvik». */
  title: string;
  /** The source, as it is cited. */
  source: string;
  licence: string;
  /** The data's date: the workbook's created and modified dates and its ZIP entries' times. */
  date: Date;
}

/** A source's date as written in content/kilder/ («2025», «2026-04-23») as a fixed time: its first day, UTC. */
export function dataDate(text: string): Date {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
  if (!match) throw new Error(`Kildens dato «${text}» er ikke et år eller en dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD)`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)));
}

/** A column's width in characters: its longest line, within bounds; long text wraps at the upper bound. */
export function columnWidth(header: string, cells: readonly (string | number | null)[], long = false): number {
  const longest = Math.max(
    header.length,
    ...cells.map((c) =>
      c === null
        ? 0
        : Math.max(
            ...String(c)
              .split('\n')
              .map((l) => l.length),
          ),
    ),
  );
  return Math.min(Math.max(longest + 2, 8), long ? 60 : 40);
}

export async function measuresWorkbook(
  measures: readonly OpenMeasure[],
  meta: WorkbookMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tiltaksbanken for Vestfold';
  book.lastModifiedBy = 'Tiltaksbanken for Vestfold';
  book.title = meta.title;
  book.created = meta.date;
  book.modified = meta.date;

  const sheet = book.addWorksheet(MEASURES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = measures.map((m) => OPEN_COLUMNS.map((c) => labelledCell(c, m)));
  sheet.columns = OPEN_COLUMNS.map((c, i) => ({
    header: c.label,
    key: c.name,
    width: columnWidth(
      c.label,
      rows.map((r) => r[i]!),
      c.long,
    ),
    style: { alignment: { vertical: 'top', wrapText: Boolean(c.long) } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true };
  sheet.addRows(rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: OPEN_COLUMNS.length } };

  const about = book.addWorksheet(COLUMNS_SHEET);
  about.columns = [
    {
      header: 'Kolonne',
      key: 'label',
      width: columnWidth(
        'Kolonne',
        OPEN_COLUMNS.map((c) => c.label),
      ),
    },
    { header: 'Forklaring', key: 'about', width: 60, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { header: 'Felt i tiltak.json og kolonne i tiltak.csv', key: 'field', width: 40 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRows(OPEN_COLUMNS.map((c) => ({ label: c.label, about: c.about, field: `${c.field} (${c.name})` })));
  about.addRow([]);
  about.addRow(['Innhold', `${meta.title}: ${measures.length} tiltak, én rad per tiltak.`]);
  about.addRow(['Kilde', meta.source]);
  about.addRow(['Lisens', meta.licence]);
  about.addRow([
    'Merk',
    'Verdier med flere deler er skilt med semikolon. Tom celle betyr at kilden ikke oppgir det. Kommunen og kolonnene merket «redaksjonell vurdering» er redaksjonens tillegg, ikke kildens.',
  ]);

  const buffer = await book.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer), meta.date);
}
