/** Splits a Markdown file into its YAML frontmatter and body (for scripts and tests; Astro has its own). */
import { parse } from 'yaml';

export interface Parsed {
  data: Record<string, unknown>;
  body: string;
}

export function parseFrontmatter(text: string, file = 'filen'): Parsed {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: mangler frontmatter mellom to linjer med «---»`);
  const data: unknown = parse(match[1]!);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: frontmatter er ikke et YAML-objekt`);
  }
  return { data: data as Record<string, unknown>, body: match[2]!.trim() };
}
