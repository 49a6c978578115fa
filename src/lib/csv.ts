/** CSV (RFC 4180) writing and reading: comma-separated, every field quoted, UTF-8 with BOM for Excel. */
export const BOM = '\uFEFF';

const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV written by toCsv (or any RFC 4180 CSV); strips a leading BOM. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Multi-valued fields are joined with "; " in one cell. */
export const joinValues = (values: readonly (string | number)[]): string => values.join('; ');
export const splitValues = (cell: string): string[] => (cell === '' ? [] : cell.split('; '));
