/**
 * Reads a content file: a Markdown file's YAML frontmatter and body, or a YAML file. Astro has its own
 * parser; this one serves the content check, the scripts and the tests. Errors name the file, the part
 * of it and the line, in Norwegian.
 */
import { parse, YAMLParseError } from 'yaml';

export interface Parsed {
  data: Record<string, unknown>;
  body: string;
}

/** A problem in one content file: which file, which field (or part), and what is wrong. */
export class ContentError extends Error {
  readonly field: string;
  readonly reason: string;
  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field}: ${reason}`);
    this.field = field;
    this.reason = reason;
  }
}

/** Parses YAML that must be an object; `firstLine` is the line of the file where the YAML starts. */
function parseObject(yaml: string, file: string, field: string, firstLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(
      file,
      field,
      `ugyldig YAML på linje ${line} (${what}). Sjekk anførselstegn, kolon og innrykk på linjen og linjen over.`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(file, field, 'er ikke en liste med felt på formen «navn: verdi»');
  }
  return data as Record<string, unknown>;
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function parseFrontmatter(text: string, file = 'filen'): Parsed {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    throw new ContentError(file, 'frontmatter', 'mangler; filen må begynne med feltene mellom to linjer med «---»');
  }
  return { data: parseObject(match[1]!, file, 'frontmatter', 2), body: match[2]!.trim() };
}

/**
 * A content file's text as the site uses it, however the editor saved it: without a byte order mark
 * (Windows Notepad writes one), with LF line ends (not CRLF), and in Unicode's composed form (NFC), so a
 * «å» saved as «a» + combining ring (as macOS tools may save it) is the same «å» readers type in a search.
 * «ø» has no decomposition in Unicode; «o» + a combining slash, which some tools write for it, is made «ø».
 * The content check reads files through this, and so do the collections' loaders (src/content.config.ts).
 */
export function cleanContentText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/o[\u0337\u0338]/g, 'ø')
    .replace(/O[\u0337\u0338]/g, 'Ø');
}

/** Parses a content file by its extension: Markdown (`.md`) with frontmatter, or YAML without a body. */
export function parseContentFile(text: string, file: string): Parsed {
  const clean = cleanContentText(text);
  if (file.endsWith('.md')) return parseFrontmatter(clean, file);
  return { data: parseObject(clean, file, 'YAML', 1), body: '' };
}
