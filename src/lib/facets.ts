/**
 * Controlled vocabularies for the measure facets. One place for every facet value: the schema
 * (`z.enum`), the pages, the filters and the figures all read these lists.
 *
 * The categories are the survey's own (kartlegging-2025, chapter 2). `slug` is the value stored in
 * content files and used in URLs; `label` is the Norwegian text shown to readers.
 */

export interface Term<Slug extends string = string> {
  readonly slug: Slug;
  readonly label: string;
  readonly description: string;
  /** How the value reads inside a sentence ("Tiltak for elever med …"), where it differs from the label. */
  readonly phrase?: string;
}

function vocabulary<const T extends readonly Term[]>(terms: T) {
  const slugs = terms.map((t) => t.slug) as unknown as {
    [K in keyof T]: T[K]['slug'];
  };
  return { terms, slugs: slugs as unknown as [T[number]['slug'], ...T[number]['slug'][]] };
}

export const programmes = vocabulary([
  { slug: 'studieforberedende', label: 'Studieforberedende', description: 'Studieforberedende utdanningsprogram.' },
  { slug: 'yrkesfaglig', label: 'Yrkesfaglig', description: 'Yrkesfaglige utdanningsprogram.' },
] as const);

export const goals = vocabulary([
  {
    slug: 'faglige-kvalifikasjoner',
    label: 'Faglige kvalifikasjoner',
    description: 'Styrke ungdommens faglige kvalifikasjoner.',
  },
  {
    slug: 'sosiale-ferdigheter-og-relasjoner',
    label: 'Sosiale ferdigheter og relasjoner',
    description: 'Styrke sosiale ferdigheter og relasjoner.',
  },
  { slug: 'karriereveier', label: 'Karriereveier', description: 'Finne mulige karriereveier.' },
] as const);

export const targetGroups = vocabulary([
  { slug: 'faglige', label: 'Faglige utfordringer', description: 'Elever med faglige utfordringer.' },
  { slug: 'spraklige', label: 'Språklige utfordringer', description: 'Elever med språklige utfordringer.' },
  { slug: 'emosjonelle', label: 'Emosjonelle utfordringer', description: 'Elever med emosjonelle utfordringer.' },
  {
    slug: 'sosiale-og-familiaere',
    label: 'Sosiale og familiære utfordringer',
    description: 'Elever med sosiale og familiære utfordringer.',
  },
  {
    slug: 'rus-og-kriminalitet',
    label: 'Rus og kriminalitet',
    description: 'Elever med utfordringer knyttet til rus og kriminalitet.',
    phrase: 'utfordringer knyttet til rus og kriminalitet',
  },
  { slug: 'utagerende-atferd', label: 'Utagerende atferd', description: 'Elever med utagerende atferd.' },
  {
    slug: 'krysskulturell-bakgrunn',
    label: 'Krysskulturell bakgrunn',
    description: 'Elever med krysskulturell bakgrunn.',
  },
] as const);

export const ageGroups = vocabulary([
  { slug: 'under-16', label: 'Under 16 år', description: 'Ungdom under 16 år.' },
  { slug: '16-19', label: '16–19 år', description: 'Ungdom i alderen 16–19 år.' },
  { slug: '20-24', label: '20–24 år', description: 'Unge i alderen 20–24 år.' },
  { slug: 'over-24', label: 'Over 24 år', description: 'Voksne over 24 år.' },
] as const);

/** The ages each age group covers (inclusive; undefined = open-ended), to match services' age ranges. */
export const AGE_BOUNDS: Record<(typeof ageGroups.slugs)[number], { min?: number; max?: number }> = {
  'under-16': { max: 15 },
  '16-19': { min: 16, max: 19 },
  '20-24': { min: 20, max: 24 },
  'over-24': { min: 25 },
};

export const organisations = vocabulary([
  { slug: 'en-til-en', label: '1:1', description: 'Én til én.' },
  { slug: 'liten-gruppe', label: 'Liten gruppe (2–5)', description: 'Liten gruppe med 2–5 elever.' },
  { slug: 'middels-gruppe', label: 'Middels gruppe (6–15)', description: 'Middels stor gruppe med 6–15 elever.' },
  { slug: 'stor-gruppe', label: 'Stor gruppe (16+)', description: 'Stor gruppe med 16 eller flere elever.' },
] as const);

export const academicActivities = vocabulary([
  { slug: 'undervisning', label: 'Undervisning/opplæring', description: 'Undervisning og opplæring.' },
  {
    slug: 'individuell-oppfolging',
    label: 'Individuell oppfølging',
    description: 'Individuell oppfølging gjennom samtaler og kartlegging.',
  },
  { slug: 'eksamensforberedelse', label: 'Eksamensforberedelse', description: 'Forberedelse til eksamen.' },
  { slug: 'arbeidsforberedelser', label: 'Arbeidsforberedelser', description: 'Forberedelser til arbeidslivet.' },
  { slug: 'bedriftsbesok', label: 'Bedriftsbesøk', description: 'Besøk i bedrifter.' },
  { slug: 'arbeidspraksis', label: 'Arbeidspraksis', description: 'Praksis i arbeidslivet.' },
  { slug: 'hospitering', label: 'Hospitering', description: 'Hospitering.' },
  { slug: 'ekskursjoner', label: 'Ekskursjoner', description: 'Ekskursjoner.' },
  { slug: 'leksehjelp', label: 'Leksehjelp', description: 'Leksehjelp.' },
  { slug: 'forkurs-sommerkurs', label: 'Forkurs/sommerkurs', description: 'Forkurs eller sommerkurs.' },
] as const);

export const socialActivities = vocabulary([
  { slug: 'livsmestring', label: 'Livsmestringsferdigheter', description: 'Trening på livsmestringsferdigheter.' },
  { slug: 'sosiale-ferdigheter', label: 'Sosiale ferdigheter', description: 'Trening på sosiale ferdigheter.' },
  {
    slug: 'relasjoner-og-vennskap',
    label: 'Relasjoner og vennskap',
    description: 'Utvikling av relasjoner og vennskap.',
  },
  {
    slug: 'sosiale-moteplasser',
    label: 'Sosiale møteplasser',
    description: 'Tilrettelegging for sosiale møteplasser.',
  },
  { slug: 'mestringsfolelse', label: 'Mestringsfølelse', description: 'Aktiviteter som gir mestringsfølelse.' },
] as const);

/** Editorial vocabularies: the partnership's concepts (kunnskapsgrunnlag-2021) and the conference themes. */
export const levels = [1, 2, 3, 4] as const;
export type Level = (typeof levels)[number];
/** The levels' names as kunnskapsgrunnlag-2021 (section 1.1) gives them. */
export const levelLabels: Record<Level, string> = {
  1: 'Nivå 1: Alle',
  2: 'Nivå 2: De som vekker bekymring',
  3: 'Nivå 3: Personer i risiko',
  4: 'Nivå 4: Personer i utenforskap',
};
export const keys = vocabulary([
  { slug: 'samhandling', label: 'Samhandling', description: 'Samhandling på tvers.' },
  { slug: 'medvirkning', label: 'Medvirkning', description: 'Medvirkning fra de unge.' },
  { slug: 'innovasjon', label: 'Innovasjon', description: 'Innovasjon.' },
] as const);
export const tees = vocabulary([
  { slug: 'tidlig-innsats', label: 'Tidlig innsats', description: 'Tidlig innsats.' },
  { slug: 'tett-oppfolging', label: 'Tett oppfølging', description: 'Tett oppfølging.' },
  { slug: 'tilpasning-av-tiltakene', label: 'Tilpasning av tiltakene', description: 'Tilpasning av tiltakene.' },
  { slug: 'tverrgaende-samarbeid', label: 'Tverrgående samarbeid', description: 'Tverrgående samarbeid.' },
] as const);
export const themes = vocabulary([
  { slug: 'overganger', label: 'Overganger', description: 'Overganger mellom skoleslag og til arbeidsliv.' },
  { slug: 'mentorordning', label: 'Mentorordning', description: 'Mentorordninger i samarbeid med arbeidslivet.' },
] as const);

export const municipalities = vocabulary([
  { slug: 'sandefjord', label: 'Sandefjord', description: 'Sandefjord kommune.' },
  { slug: 'faerder', label: 'Færder', description: 'Færder kommune.' },
  { slug: 'tonsberg', label: 'Tønsberg', description: 'Tønsberg kommune.' },
  { slug: 'horten', label: 'Horten', description: 'Horten kommune.' },
  { slug: 'larvik', label: 'Larvik', description: 'Larvik kommune.' },
  { slug: 'holmestrand', label: 'Holmestrand', description: 'Holmestrand kommune.' },
] as const);

/** The value as it reads inside a sentence: its phrase, or its label in lower case. */
export const phraseOf = (term: Term): string => term.phrase ?? term.label.toLowerCase();

/** Label lookup for any vocabulary. Throws on an unknown slug so a typo never renders silently. */
export function labelOf(vocab: { terms: readonly Term[] }, slug: string): string {
  const term = vocab.terms.find((t) => t.slug === slug);
  if (!term) throw new Error(`Ukjent verdi «${slug}»; tillatt: ${vocab.terms.map((t) => t.slug).join(', ')}`);
  return term.label;
}
