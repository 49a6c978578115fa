/**
 * "Finn tiltak": a guided flow of three questions (age, challenge, programme) as plain links. Each
 * answer is a path segment; "alle" means the reader does not know or does not mind.
 */
import { ageGroups, phraseOf, programmes, targetGroups, type Term } from './facets';
import type { MeasureLike } from './measures';
import { urls } from './routes';

export const ANY = 'alle';

export const STEPS = [
  { facet: 'ageGroups', question: 'Hvor gammel er eleven?', vocab: ageGroups, anyLabel: 'Vet ikke / alle aldre' },
  { facet: 'targetGroups', question: 'Hva er utfordringen?', vocab: targetGroups, anyLabel: 'Vet ikke / alle' },
  { facet: 'programmes', question: 'Hvilket utdanningsprogram?', vocab: programmes, anyLabel: 'Vet ikke / begge' },
] as const;

export type Answers = readonly string[];

/** Every path of the flow: [], [age], [age, challenge], [age, challenge, programme]. */
export function allPaths(): Answers[] {
  const paths: Answers[] = [[]];
  let frontier: Answers[] = [[]];
  for (const step of STEPS) {
    const values = [...step.vocab.slugs, ANY];
    frontier = frontier.flatMap((prefix) => values.map((v) => [...prefix, v]));
    paths.push(...frontier);
  }
  return paths;
}

export function finderUrl(answers: Answers): string {
  return `${urls.finder}${answers.map((a) => `${a}/`).join('')}`;
}

/** The measures that match every answer given (an "alle" answer matches everything). */
export function matchFinder<M extends MeasureLike>(measures: readonly M[], answers: Answers): M[] {
  return measures.filter((m) =>
    answers.every((answer, i) => answer === ANY || (m.data[STEPS[i]!.facet] as readonly string[]).includes(answer)),
  );
}

/** The answers in words, for headings: "20–24 år, språklige utfordringer, yrkesfaglig". */
export function describeAnswers(answers: Answers): string[] {
  return answers.flatMap((answer, i) => {
    if (answer === ANY) return [];
    const term: Term | undefined = STEPS[i]!.vocab.terms.find((t) => t.slug === answer);
    if (!term) throw new Error(`Ukjent svar «${answer}» i steg ${i + 1}`);
    return [i === 2 ? `${phraseOf(term)} utdanningsprogram` : phraseOf(term)];
  });
}
