/** Every URL the site builds, in one place (Norwegian paths, trailing slash). */
import { phraseOf, type Term } from './facets';
import { serialiseSelection, type Selection } from './filter';
import type { FacetKey } from './measures';

/** The table formats the measures are published in. */
export type DataFormat = 'csv' | 'xlsx';

export const urls = {
  measures: '/tiltak/',
  /** The measure list with the facet filter set (?malgruppe=spraklige&organisering=en-til-en). */
  measuresFiltered: (selection: Selection) => `/tiltak/${serialiseSelection(selection)}`,
  measuresBySchool: '/tiltak/etter-skole/',
  measuresByTargetGroup: '/tiltak/etter-malgruppe/',
  /** Measures that have ended: outside the lists and counts, but listed here. */
  endedMeasures: '/tiltak/avsluttede/',
  measure: (id: string) => `/tiltak/${id}/`,
  schools: '/skoler/',
  school: (id: string) => `/skoler/${id}/`,
  municipalities: '/kommuner/',
  municipality: (slug: string) => `/kommuner/${slug}/`,
  /** A municipality's or a school's measures as a file: `tiltak.csv` or `tiltak.xlsx` beside the page. */
  municipalityFile: (slug: string, ext: DataFormat) => `/kommuner/${slug}/tiltak.${ext}`,
  schoolFile: (id: string, ext: DataFormat) => `/skoler/${id}/tiltak.${ext}`,
  levels: '/nivaer/',
  level: (n: number) => `/nivaer/${n}/`,
  knowledge: '/kunnskapsgrunnlag/',
  /** A chapter of the knowledge base with a page of its own (content/kapitler/<id>.md). */
  chapter: (id: string) => `/kunnskapsgrunnlag/${id}/`,
  key: (id: string) => `/nokler/${id}/`,
  tee: (id: string) => `/fire-t/${id}/`,
  themes: '/tema/',
  theme: (id: string) => `/tema/${id}/`,
  services: '/tjenester/',
  service: (id: string) => `/tjenester/${id}/`,
  statistics: '/statistikk/',
  search: '/sok/',
  finder: '/finn-tiltak/',
  compare: '/sammenlign/',
  about: '/om/',
  /** What changed: added, updated and ended measures, newest first; and the same as an Atom feed. */
  changes: '/endringer/',
  changesFeed: '/endringer.xml',
  /** The form for proposing a measure or a correction; with a measure's id, filled in with it. */
  propose: '/meld-inn/',
  proposeChange: (id: string) => `/meld-inn/?tiltak=${id}`,
  /** A measure as the form starts from it (JSON), and the blank measure file with every field explained. */
  proposeData: (id: string) => `/meld-inn/tiltak/${id}.json`,
  blankMeasureFile: '/meld-inn/nytt-tiltak.md',
  sources: '/om/#kilder',
  accessibility: '/tilgjengelighet/',
  data: '/data/',
  dataFile: (ext: DataFormat | 'json') => `/data/tiltak.${ext}`,
  figures: '/figurer/',
  figure: (id: string) => `/figurer/#figur-${id}`,
  /** The measure figures of one survey edition (built only when there are two or more). */
  editionFigures: (edition: string) => `/figurer/utgave/${edition}/`,
  figureCsv: (id: string) => `/figurer/${id}.csv`,
  figureSvg: (id: string) => `/figurer/${id}.svg`,
} as const;

/** Facets that have a page per value: the folder of those pages and how their titles read. */
export interface FacetPage {
  path: string;
  title: string;
  intro: string;
  valueTitle: (term: Term) => string;
}

export const FACET_PAGES: Partial<Record<FacetKey, FacetPage>> = {
  targetGroups: {
    path: 'malgrupper',
    title: 'Tiltak etter målgruppe',
    intro: 'Hvilke utfordringer elevene har som tiltakene retter seg mot, med kartleggingens egne kategorier.',
    valueTitle: (term) => `Tiltak for elever med ${phraseOf(term)}`,
  },
  ageGroups: {
    path: 'alder',
    title: 'Tiltak etter alder',
    intro: 'Hvilke aldersgrupper tiltakene er for, slik beskrivelsene oppgir det.',
    valueTitle: (term) => `Tiltak for ${phraseOf(term)}`,
  },
  programmes: {
    path: 'utdanningsprogram',
    title: 'Tiltak etter utdanningsprogram',
    intro: 'Om tiltakene gjelder studieforberedende eller yrkesfaglige utdanningsprogram.',
    valueTitle: (term) => `Tiltak på ${phraseOf(term)} utdanningsprogram`,
  },
};

export function facetUrl(facet: FacetKey, slug?: string): string | undefined {
  const page = FACET_PAGES[facet];
  if (!page) return undefined;
  return slug ? `/${page.path}/${slug}/` : `/${page.path}/`;
}
