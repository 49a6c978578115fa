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

/** Parses a content file by its extension: Markdown (`.md`) with frontmatter, or YAML without a body. */
export function parseContentFile(text: string, file: string): Parsed {
  if (file.endsWith('.md')) return parseFrontmatter(text, file);
  return { data: parseObject(text, file, 'YAML', 1), body: '' };
}
