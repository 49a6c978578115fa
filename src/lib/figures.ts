/**
 * The figures' data model: what a figure shows (bars or a matrix), the same numbers as a table, and the
 * table as CSV. Pure: the chart renderers (src/charts/), the pages and the download files all read it,
 * so the chart, the table and the CSV cannot disagree.
 */
import { formatDataNumber, formatNumber, formatShare, joinNb, sharePercent } from './format';

/** A reference to a place in a source document (a key in content/kilder/). */
export interface SourceRef {
  document: string;
  section: string;
}

/** Running text of a note: own words, or a quote from a source (shown as a marked quote, checked by a test). */
export type Part = string | { quote: string; source: SourceRef };
export type Paragraph = readonly Part[];

export interface Bar {
  key: string;
  label: string;
  /** The value; for a range, its lower bound. */
  value: number;
  /** The upper bound, when the source gives a range. */
  max?: number | undefined;
  /** Share of all the measures (0–1), for counts of measures. */
  share?: number | undefined;
  href?: string | undefined;
  /**
   * `total`: the source's own sum of the other bars; `other`: measures whose description says something
   * outside the categories («annet»); `silent`: measures whose description says nothing (ikke oppgitt).
   */
  kind?: 'total' | 'other' | 'silent' | undefined;
}

export interface BarGroup {
  label?: string | undefined;
  bars: Bar[];
}

/** A number in a table: a count, a share (0–1, shown as whole per cent) or a value as the source gives it. */
export interface NumberCell {
  n: number;
  as: 'count' | 'share' | 'value';
}
export type Cell = NumberCell | string;

export interface TableRow {
  header: string;
  href?: string | undefined;
  cells: Cell[];
}

export interface TableGroup {
  label?: string | undefined;
  rows: TableRow[];
}

export interface FigureTable {
  /** The heading of the row-header column. */
  rowHeader: string;
  columns: string[];
  groups: TableGroup[];
}

interface FigureBase {
  /** Also the file name of the downloads (/figurer/<id>.csv, .svg) and the anchor (#figur-<id>). */
  id: string;
  title: string;
  /** What the figure counts, and from what. */
  counts: string;
  /** The finding in words: the chart's text alternative. */
  summary: string;
  /** Caveats and the comparison with the source's own prose. */
  notes: Paragraph[];
  /** Where the numbers come from, one line. */
  source: string;
  /** The numbers are the site's editorial assessment, not the sources' facts. */
  editorial: boolean;
  table: FigureTable;
}

export interface BarFigure extends FigureBase {
  kind: 'bar';
  /** `prosent` shows values with a per cent sign; anything else as plain numbers. */
  unit: string;
  groups: BarGroup[];
}

export interface MatrixCell {
  value: number;
  href?: string | undefined;
}

export interface MatrixFigure extends FigureBase {
  kind: 'matrix';
  /** What the rows and the columns are. */
  rowTitle: string;
  columnTitle: string;
  columns: { key: string; label: string; kind?: 'other' | 'silent' | undefined }[];
  rows: { key: string; label: string; href?: string | undefined; cells: MatrixCell[] }[];
}

export type Figure = BarFigure | MatrixFigure;

/** The number next to a bar: "45 (75 %)" for measures, "800–900" for a range, "3,8 %" for per cent. */
export function barText(bar: Bar, unit: string): string {
  const suffix = unit === 'prosent' ? '\u00a0%' : '';
  const value = formatNumber(bar.value);
  if (bar.max !== undefined) return `${value}–${formatNumber(bar.max)}${suffix}`;
  if (bar.share !== undefined) return `${value} (${formatShare(bar.share)})`;
  return `${value}${suffix}`;
}

/** The largest value a figure draws (the end of its scale). */
export function maxValue(groups: readonly BarGroup[]): number {
  return Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.max ?? b.value)));
}

/** A table of measure counts: count and share of all the measures, one row per bar. */
export function countTable(groups: readonly BarGroup[], rowHeader: string, total: number): FigureTable {
  return {
    rowHeader,
    columns: ['Antall tiltak', `Andel av ${formatNumber(total)} tiltak (prosent)`],
    groups: groups.map((g) => ({
      label: g.label,
      rows: g.bars.map((b) => ({
        header: b.label,
        href: b.href,
        cells: [
          { n: b.value, as: 'count' },
          { n: b.share ?? 0, as: 'share' },
        ],
      })),
    })),
  };
}

/** A number cell as the page shows it. */
export function formatCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return cell.as === 'share' ? formatShare(cell.n) : formatNumber(cell.n);
}

/** A number cell as the CSV file holds it: plain digits, decimal comma, per cent as a whole number. */
function csvCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return cell.as === 'share' ? String(sharePercent(cell.n)) : formatDataNumber(cell.n);
}

const CSV_SEPARATOR = ';';
const csvField = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The table as CSV for spreadsheets in Norwegian: UTF-8 with a byte order mark, semicolons, decimal
 * comma, a header row, CRLF line ends. With groups, the first column names the group.
 */
export function toCsv(table: FigureTable): string {
  const grouped = table.groups.some((g) => g.label !== undefined);
  const lines = [[...(grouped ? ['Gruppe'] : []), table.rowHeader, ...table.columns]];
  for (const group of table.groups) {
    for (const row of group.rows) {
      lines.push([...(grouped ? [group.label ?? ''] : []), row.header, ...row.cells.map(csvCell)]);
    }
  }
  return `\ufeff${lines.map((l) => l.map(csvField).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}

/** "faglige utfordringer (45)", the way a count reads in a sentence. */
export const counted = (label: string, count: number): string => `${label.toLowerCase()} (${formatNumber(count)})`;

/**
 * The bars with the largest and the smallest count, in words: "Flest: a (45). Færrest: b og c (17 hver)."
 * Bars of kind `total`, `other` or `silent` are left out.
 */
export function extremes(bars: readonly Bar[]): { most: Bar[]; fewest: Bar[] } {
  const real = bars.filter((b) => b.kind === undefined);
  if (real.length === 0) return { most: [], fewest: [] };
  const values = real.map((b) => b.value);
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  return { most: real.filter((b) => b.value === hi), fewest: real.filter((b) => b.value === lo) };
}

/** Labels in lower case joined as prose, with the shared count: "a og b (17 hver)" or "a (45)". */
export function namesWithCount(bars: readonly Bar[]): string {
  if (bars.length === 0) return '';
  const names = joinNb(bars.map((b) => b.label.toLowerCase()));
  const n = formatNumber(bars[0]!.value);
  return bars.length === 1 ? `${names} (${n})` : `${names} (${n} hver)`;
}

/** Does a ranking start with the expected keys, in that order? */
export function startsWith(ranked: readonly { key: string }[], expected: readonly string[]): boolean {
  return expected.every((key, i) => ranked[i]?.key === key);
}

const quoted = (bars: readonly Bar[]) => joinNb(bars.map((b) => `«${b.label}»`));

/**
 * A ranking in words, for a chart's text alternative: "Flest: «a» (45 av 60, 75 %); færrest: «b» og «c»
 * (17 hver). 2 av 60 beskrivelser sier ikke noe om dette." `total` is what the shares are of.
 */
export function rankingSummary(bars: readonly Bar[], total: number, what = 'tiltak'): string {
  const { most, fewest } = extremes(bars);
  const top = most[0];
  const bottom = fewest[0];
  if (!top || !bottom) return 'Ingen data.';
  const amount = (b: Bar, many: boolean) => {
    const count = many ? `${formatNumber(b.value)} hver` : `${formatNumber(b.value)} av ${formatNumber(total)}`;
    return b.share === undefined ? count : `${count}, ${formatShare(b.share)}`;
  };
  let text = `Flest ${what}: ${quoted(most)} (${amount(top, most.length > 1)})`;
  if (bottom.value !== top.value) text += `; færrest: ${quoted(fewest)} (${amount(bottom, fewest.length > 1)})`;
  text += '.';
  const other = bars.find((b) => b.kind === 'other');
  if (other && other.value > 0) {
    text += ` ${formatNumber(other.value)} av ${formatNumber(total)} beskrivelser nevner noe utenfor kategoriene.`;
  }
  const silent = bars.find((b) => b.kind === 'silent');
  if (silent && silent.value > 0) {
    text += ` ${formatNumber(silent.value)} av ${formatNumber(total)} beskrivelser sier ikke noe om dette.`;
  }
  return text;
}

/** Every bar in words, group by group: "Alder: «16–19 år» 59 (98 %), … Utdanningsprogram: …". */
export function listSummary(groups: readonly BarGroup[], unit: string): string {
  return groups
    .map((g) => {
      const list = g.bars.map((b) => `«${b.label}» ${barText(b, unit)}`).join(', ');
      return g.label === undefined ? `${list}.` : `${g.label}: ${list}.`;
    })
    .join(' ');
}
