/** One page per template, for the benchmarks (page weight, Lighthouse). */
export const TEMPLATES: readonly [string, string][] = [
  ['forside', '/'],
  ['tiltak (liste)', '/tiltak/'],
  ['tiltak (ett)', '/tiltak/leksehjelp-sandefjord/'],
  ['skole', '/skoler/sandefjord-vgs/'],
  ['kommune', '/kommuner/tonsberg/'],
  ['kommuner', '/kommuner/'],
  ['nivå', '/nivaer/2/'],
  ['søk', '/sok/'],
  ['figurer', '/figurer/'],
  ['statistikk', '/statistikk/'],
  ['kapittel', '/kunnskapsgrunnlag/partnerskapet/'],
];
