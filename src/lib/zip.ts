/**
 * Fixed times in a ZIP archive. exceljs packs a workbook with JSZip, which stamps every entry with the
 * time of the build; for byte-identical builds each entry gets the same given time instead, in its local
 * header and in the central directory. Works on any ZIP without ZIP64 (under 4 GB, 65 535 entries).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A time as MS-DOS stores it (two-second steps, from 1980), read in UTC. */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Every entry of a ZIP archive stamped with `date`; the archive is changed in place and returned. */
export function fixZipTimes<T extends Uint8Array>(zip: T, date: Date): T {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0) throw new Error('Ikke en ZIP-fil: fant ikke slutten av katalogen');
  const count = view.getUint16(end + 10, true);
  const dos = dosDateTime(date);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`Ødelagt ZIP-katalog ved byte ${at}`);
    view.setUint16(at + 12, dos.time, true);
    view.setUint16(at + 14, dos.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`Ødelagt ZIP-oppføring ved byte ${local}`);
    view.setUint16(local + 10, dos.time, true);
    view.setUint16(local + 12, dos.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** The times of a ZIP archive's entries as stored (local header, central directory), for tests. */
export function zipTimes(zip: Uint8Array): { time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: { time: number; date: number }[] = [];
  for (let at = 0; at + 4 <= zip.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === LOCAL) times.push({ time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    if (sig === CENTRAL) times.push({ time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true) });
  }
  return times;
}
