/**
 * Index-only words for the search, per page (src/lib/search-index.ts: INDEX_FILE), for the Pagefind integration (src/integrations/pagefind.ts),
 * which reads this file after the build, adds the words to the index only and deletes the file: it is
 * never published, and the pages' HTML stays as it is. Also the school and municipality pages as small
 * search records: their name, place and number of measures (their full pages list every measure, with
 * its target groups, and would crowd the results for any word of a measure).
 */
import type { APIRoute } from 'astro';
import {
  getMeasures,
  getOrdered,
  getSchoolMunicipalities,
  getSchools,
  getSynonyms,
  searchSortKey,
  siteVocabulary,
} from '../data';
import { labelOf, municipalities, targetGroups } from '../lib/facets';
import { joinNb } from '../lib/format';
import { atSchools } from '../lib/measures';
import { urls } from '../lib/routes';
import {
  PAGE_TYPES,
  SEARCH_FILTERS,
  indexBlocks,
  measureLinks,
  measurePlaces,
  placeTitle,
  unusedSynonyms,
} from '../lib/search';
import type { IndexData } from '../lib/search-index';

export const GET: APIRoute = async () => {
  const measures = await getMeasures();
  const schools = await getSchools();
  const concepts = (
    await Promise.all((['nivaer', 'nokler', 'fireT', 'tema', 'tjenester'] as const).map((c) => getOrdered(c)))
  ).flat();
  const { synonyms, fileOf } = await getSynonyms();
  const conceptUrl = {
    nivaer: urls.level,
    nokler: urls.key,
    fireT: urls.tee,
    tema: urls.theme,
    tjenester: urls.service,
  };
  const vocab = await siteVocabulary();
  const ctx = { vocab, synonyms };
  // The texts the index-only words are derived from, to find synonyms that none of them has.
  const texts: string[] = [];
  const index = (page: Parameters<typeof indexBlocks>[0]) => {
    texts.push(page.name, page.text, ...(page.about ?? []), ...(page.links ?? []));
    return indexBlocks(page, ctx);
  };
  const school = new Map(schools.map((s) => [s.id, s.data]));

  const pages: IndexData['pages'] = {};
  for (const m of measures) {
    const about = measurePlaces(m, (id) => school.get(id)!);
    const links = measureLinks(m);
    const groups = m.data.targetGroups.map((g) => labelOf(targetGroups, g));
    pages[urls.measure(m.id)] = index({ name: m.data.name, text: m.body ?? '', about, links, groups });
  }
  for (const c of concepts) {
    const url = (conceptUrl[c.collection] as (id: string | number) => string)(
      c.collection === 'nivaer' ? Number(c.id) : c.id,
    );
    pages[url] = index({ name: c.data.title, text: `${c.data.summary} ${c.body ?? ''}` });
  }

  const records: IndexData['records'] = [];
  const place = { [SEARCH_FILTERS.type]: [PAGE_TYPES.place] };
  for (const s of schools) {
    const municipality = labelOf(municipalities, s.data.municipality);
    const n = atSchools(measures, [s.id]).length;
    const text = `${s.data.shortName}, ${s.data.kind} i ${municipality} kommune, med ${n} tiltak.`;
    const blocks = index({ name: s.data.name, text, about: s.data.sourceNames });
    records.push({
      url: urls.school(s.id),
      title: s.data.name,
      text,
      blocks,
      filters: place,
      sort: await searchSortKey(s.data.name),
    });
  }
  for (const { term, schools: local } of await getSchoolMunicipalities()) {
    const title = placeTitle(term.label);
    const n = atSchools(
      measures,
      local.map((s) => s.id),
    ).length;
    const text = `${n} tiltak ved ${joinNb(local.map((s) => s.data.name))} i ${term.label} kommune.`;
    const blocks = index({ name: title, text, about: [`${term.label} kommune`] });
    records.push({
      url: urls.municipality(term.slug),
      title,
      text,
      blocks,
      filters: place,
      sort: await searchSortKey(title),
    });
  }
  const unused = unusedSynonyms(texts, synonyms, vocab);
  if (unused.length) {
    throw new Error(
      unused
        .map(
          (key) =>
            `${fileOf(key)}: synonyms.${key}: står ikke i noen tekst søket finner, i noen form (ordet, bøyd eller først i et sammensatt ord). Rett skrivemåten, eller fjern nøkkelen`,
        )
        .join('\n'),
    );
  }
  const data: IndexData = { pages, records };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
