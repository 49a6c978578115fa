/**
 * The text of a new measure file (`npm run nytt-tiltak`): every field of the schema, empty, with
 * Norwegian comments on what goes in it and which values are allowed. The allowed values come from
 * the vocabularies (src/lib/facets.ts) and the content folders, so the comments never drift from the
 * schema. The body is left empty: the build stops until the description is pasted in.
 */
import { keys, levelLabels, tees, themes, type Term } from './facets.ts';
import { MEASURE_GUIDE, QUOTE_HELP, type GuideItem } from './measure-guide.ts';
import { FACETS, type FacetKey } from './measures.ts';

export interface ScaffoldInput {
  name: string;
  /** The school's id (a file name in content/skoler/). */
  school: string;
  /** Every school, for the comment that lists them. */
  schools: readonly { id: string; name: string }[];
  /** Every source's key (content/kilder/). */
  sources: readonly string[];
  /** Every edition's id (content/utgaver/), oldest first; the file names the newest. */
  editions: readonly string[];
}

/** Comment lines (with the given indent) listing allowed values, one per line. */
const allowed = (values: readonly { value: string | number; label: string }[], indent = '') =>
  values.map((v) => `${indent}#   ${v.value} – ${v.label}`);
const terms = (list: readonly Term[]) => list.map((t) => ({ value: t.slug, label: t.label }));

const facet = (field: FacetKey, what: string) => [
  `# ${FACETS[field].label}: ${what}, hver verdi med sitatet fra beskrivelsen den bygger på:`,
  `#   - { value: ${FACETS[field].vocab.terms[0]!.slug}, quote: "ordene i beskrivelsen" }. Tillatt:`,
  ...allowed(terms(FACETS[field].vocab.terms)),
  `${field}: []`,
];

/** The free-text fields: short phrases copied verbatim from the description. */
const verbatim = (field: string, label: string, what: string) => [
  `# ${label}: ${what}, ordrett fra beskrivelsen, med sitatet som viser det: - { value: "…", quote: "… …" }`,
  `${field}: []`,
];

const participants = (label: string, what: string) => [
  `# ${label}: ${what}. Fjern # foran de fire linjene og fyll inn.`,
  '# participants:',
  '#   min: 10',
  '#   max: 20',
  '#   text: "mellom 10 og 20 deltakere"    (ordrett, med «inntil», «ca.» og lignende; teksten er sitatet)',
];

const guided = (item: GuideItem): string[] =>
  item.kind === 'facet'
    ? facet(item.field, item.help)
    : item.kind === 'text'
      ? verbatim(item.field, item.label, item.help)
      : participants(item.label, item.help);

const editorial = (field: string, what: string, values: readonly { value: string | number; label: string }[]) => [
  `  # ${what}. Tillatt:`,
  ...allowed(values, '  '),
  `  ${field}: []`,
];

export function measureFile({ name, school, schools, sources, editions }: ScaffoldInput): string {
  return [
    '---',
    '# Nytt tiltak. Fyll inn feltene ut fra beskrivelsen og ingenting annet (reglene står i docs/innhold.md).',
    '# La en liste stå tom ([]) når beskrivelsen ikke sier noe om det. Linjer som begynner med # er kommentarer.',
    `# Hver verdi trenger et sitat (quote): ${QUOTE_HELP}.`,
    '',
    '# Navnet på tiltaket, nøyaktig slik kilden skriver det.',
    `name: ${JSON.stringify(name)}`,
    '# Skolen eller skolene som har tiltaket, for eksempel ["sandefjord-vgs", "melsom-vgs"]. Tillatt:',
    ...allowed(schools.map((s) => ({ value: s.id, label: s.name }))),
    `schools: [${school ? JSON.stringify(school) : ''}]`,
    `# Kilden (en av: ${sources.join(', ')}) og avsnittet i den.`,
    'source:',
    '  document: kartlegging-2025',
    '  section: "7 Vedlegg: Individrettede tiltak"',
    `# Utgaven av kartleggingen tiltaket kommer fra (en av: ${editions.join(', ')}; filene i content/utgaver/).`,
    `edition: ${editions.at(-1) ?? ''}`,
    '# Endringer redaksjonen gjør senere, hver med dato (ÅÅÅÅ-MM-DD) og grunn på én linje:',
    '#   - { date: "2026-05-01", reason: "Omfanget er rettet etter skolens melding." }',
    'updated: []',
    '# Når tiltaket er avsluttet: fjern # foran de tre linjene og fyll inn dato og grunn.',
    '# ended:',
    '#   date: "2026-05-01"',
    '#   reason: "Skolen har avsluttet tiltaket."',
    '',
    ...MEASURE_GUIDE.flatMap(guided),
    '',
    '# Redaksjonell vurdering: nettstedets eget skjønn, vist som det. Hver kobling trenger et sitat (quote) fra',
    '# beskrivelsen som oppfyller definisjonen (docs/innhold.md), og en begrunnelse (why) på én eller to setninger,',
    '# minst 20 tegn, som bare sier det sitatet og definisjonen sier. Ingen kobling uten grunn. Slik:',
    '#   levels:',
    '#     - value: 2',
    '#       quote: "elever med faglige utfordringer"',
    '#       why: "Tiltaket er for elever med faglige utfordringer; nivå 2 gjelder dem omgivelsene er bekymret for."',
    '#       borderline: "Bare hvis kallet kan gå begge veier: hvorfor."',
    'assessment:',
    ...editorial(
      'levels',
      'Forebyggingsnivå (kunnskapsgrunnlag-2021, 1.1)',
      Object.entries(levelLabels).map(([value, label]) => ({ value, label: label.replace(/^Nivå \d: /, '') })),
    ),
    ...editorial('tees', 'De fire T-ene', terms(tees.terms)),
    ...editorial('keys', 'Nøklene', terms(keys.terms)),
    ...editorial('themes', 'Tema fra Vestfoldkonferansen 2026', terms(themes.terms)),
    '',
    '# Beskrivelsen står under linjen med --- nedenfor, ordrett fra kilden. Bygget stopper til den er der.',
    '---',
    '',
  ].join('\n');
}
