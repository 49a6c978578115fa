import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/excerpt';
import { speller } from '../../src/lib/spelling';
import {
  ahead,
  correctQuery,
  foundAsTyped,
  joinSplitCompounds,
  matchedWords,
  mergeResults,
  queryTerms,
  resultStatus,
  unfolded,
  widenedLabel,
} from '../../src/lib/search-query';

// Content as Pagefind stores it: blocks joined with «. », word positions counted at white space.
const content =
  'STL. Sandefjord videregående skole. Beskrivelse. Tiltaket retter seg mot elever. Elevene har stort ufrivillig skolefravær. Målet er mestring. skole fravær fravaer';
const words = content.split(' ');
const at = (w: string) => words.indexOf(w);
const anchors = [
  { id: 'beskrivelse-tittel', location: at('Beskrivelse.'), text: 'Beskrivelse' },
  { id: 'sokeord', location: at('skole'), text: 'skole fravær fravaer' },
];

describe('excerpt', () => {
  it('begynner ved setningen med treffet og merker treffet', () => {
    const html = excerpt({ content, locations: [at('skolefravær.')], anchors, title: 'STL' }, 8);
    expect(html.startsWith('Elevene har stort')).toBe(true);
    expect(html).toContain('<mark>skolefravær</mark>.');
  });
  it('viser beskrivelsens første setning når treffet er i navnet', () => {
    const html = excerpt({ content, locations: [0], anchors, title: 'STL' }, 6);
    expect(html).toBe('Tiltaket retter seg mot elever. Elevene …');
  });
  it('viser og merker ordet i teksten som et søkeord ble laget av: uten æ/ø/å, eller som del av et sammensatt ord', () => {
    for (const hit of ['fravaer', 'fravær']) {
      const html = excerpt({ content, locations: [at(hit)], anchors, title: 'STL' }, 8);
      expect(html).toBe('Elevene har stort ufrivillig <mark>skolefravær</mark>. Målet er mestring.');
    }
  });
  it('viser beskrivelsens første setning når søkeordet ikke står for noe ord i teksten (et sted, et tema)', () => {
    const stored = 'STL. Beskrivelse. Tiltaket retter seg mot elever. Målet er mestring. sandefjord mentorordning';
    const at = (w: string) => stored.split(' ').indexOf(w);
    const anchors = [
      { id: 'beskrivelse-tittel', location: at('Beskrivelse.'), text: 'Beskrivelse' },
      { id: 'sokeord', location: at('sandefjord'), text: 'sandefjord mentorordning' },
    ];
    for (const hit of ['sandefjord', 'mentorordning']) {
      expect(excerpt({ content: stored, locations: [at(hit)], anchors, title: 'STL' })).toBe(
        'Tiltaket retter seg mot elever. Målet er mestring.',
      );
    }
  });
  it('viser beskrivelsens første setning når treffet er i linjene mellom navnet og beskrivelsen (skolen)', () => {
    const html = excerpt({ content, locations: [at('Sandefjord')], anchors, title: 'STL' }, 6);
    expect(html.startsWith('Tiltaket retter seg')).toBe(true);
    expect(html).not.toContain('Sandefjord');
  });
  it('begynner ved det treffet Pagefind gir høyest poeng (ordet slik det er skrevet), ikke ved det første', () => {
    const stored = 'Tittel. Navnet er nytt. Skolen samarbeider med NAV om elevene. Mer om NAV-kontorene.';
    const at = (w: string) => stored.split(' ').indexOf(w);
    const hits = [at('Navnet'), at('NAV'), at('NAV-kontorene.')];
    const weighted_locations = [
      { location: hits[0]!, balanced_score: 119.4 },
      { location: hits[1]!, balanced_score: 360 },
      { location: hits[2]!, balanced_score: 90 },
    ];
    const source = { content: stored, locations: hits, anchors: [], title: 'Tittel' };
    expect(excerpt({ ...source, weighted_locations }, 9)).toBe(
      'Skolen samarbeider med <mark>NAV</mark> om elevene. Mer om <mark>NAV-kontorene</mark>.',
    );
    // Without the scores: the first hit, as before.
    expect(excerpt(source, 4).startsWith('<mark>Navnet</mark>')).toBe(true);
    // A best hit outside the visible text (index-only words) does not count.
    const hidden = {
      ...source,
      weighted_locations: [
        { location: hits[0]!, balanced_score: 119.4 },
        { location: 99, balanced_score: 360 },
      ],
    };
    expect(excerpt(hidden, 4).startsWith('<mark>Navnet</mark>')).toBe(true);
  });
  it('tar aldri med søkeordene, og escaper teksten', () => {
    const html = excerpt({
      content: 'Tittel. A <b> & c. skjult',
      locations: [2],
      anchors: [{ id: 'sokeord', location: 5, text: 'skjult' }],
      title: 'Tittel',
    });
    expect(html).toBe('A &lt;<mark>b</mark>&gt; &amp; c.');
    // Punctuation around a hit stays outside the mark.
    const quoted = 'x Med «NAV» (og NAV-kontorene), sa de.';
    const at = (w: string) => quoted.split(' ').indexOf(w);
    expect(excerpt({ content: quoted, locations: [at('«NAV»'), at('NAV-kontorene),')], anchors: [], title: 'x' })).toBe(
      'Med «<mark>NAV</mark>» (og <mark>NAV-kontorene</mark>), sa de.',
    );
  });
  it('viser og merker tekstens ord når siden bare ble funnet ved et synonym', () => {
    const stored = 'Tittel. Eleven får hjelp. Møter med foresatte og rådgiver. skjult foreldre forelder';
    const at = (w: string) => stored.split(' ').indexOf(w);
    const source = {
      content: stored,
      locations: [at('foreldre')],
      anchors: [{ id: 'sokeord', location: at('skjult'), text: 'skjult' }],
      title: 'Tittel',
    };
    const synonyms = { foreldre: ['foresatte'], forelder: ['foresatte'] };
    expect(excerpt({ ...source, synonyms })).toBe('Møter med <mark>foresatte</mark> og rådgiver.');
    // Without the synonyms, or for a hit that is no synonym's word: the first sentence, nothing marked.
    expect(excerpt(source)).toBe('Eleven får hjelp. Møter med foresatte og rådgiver.');
    expect(excerpt({ ...source, synonyms: { annet: ['foresatte'] } })).toBe(
      'Eleven får hjelp. Møter med foresatte og rådgiver.',
    );
  });
  it('merker hvert ord i en nøkkel av flere ord, men ikke småordene', () => {
    const stored = 'Tittel. Overgangen fra skole til lære, og tilbud til alle. skjult læreplass';
    const at = (w: string) => stored.split(' ').indexOf(w);
    const html = excerpt({
      content: stored,
      locations: [at('læreplass')],
      anchors: [{ id: 'sokeord', location: at('skjult'), text: 'skjult' }],
      title: 'Tittel',
      synonyms: { laereplass: ['skole til lære'] },
    });
    expect(html).toBe('Overgangen fra <mark>skole</mark> til <mark>lære</mark>, og tilbud til alle.');
  });
  it('merker ikke det bare et småord i søket forklarer («i» i «inkluderer»), og begynner ved det som betyr noe', () => {
    const stored =
      'Tittel. Tiltaket er rettet mot elever i yrkesfag. Målgruppen inkluderer elever. To-lærer i klasserommet hver uke.';
    const at = (w: string, from = 0) => stored.split(' ').indexOf(w, from);
    const locations = [at('i'), at('inkluderer'), at('To-lærer'), at('i', at('To-lærer')), at('klasserommet')];
    const source = { content: stored, locations, anchors: [], title: 'Tittel' };
    expect(excerpt({ ...source, query: 'to lærere i klasserommet' })).toBe(
      '<mark>To-lærer</mark> i <mark>klasserommet</mark> hver uke.',
    );
    // Without the query, or when the query has only small words, every hit counts, as before.
    expect(excerpt(source).startsWith('Tiltaket er rettet mot elever <mark>i</mark>')).toBe(true);
    expect(excerpt({ ...source, query: 'i' }).startsWith('Tiltaket er rettet mot elever <mark>i</mark>')).toBe(true);
    // «å» is not «a»: «Alle» stays marked for «å lære».
    const all = 'Tittel. Alle kan lære.';
    expect(excerpt({ content: all, locations: [1, 3], anchors: [], title: 'Tittel', query: 'å lære' })).toBe(
      '<mark>Alle</mark> kan <mark>lære</mark>.',
    );
    // A word that starts as another word of the query does stays marked: «innsatsen» for «i innsats».
    const other = 'Tittel. Innsatsen er tidlig.';
    expect(excerpt({ content: other, locations: [1], anchors: [], title: 'Tittel', query: 'i innsats' })).toBe(
      '<mark>Innsatsen</mark> er tidlig.',
    );
  });
  it('starter like før et treff langt ute i en lang setning', () => {
    const long = `Tittel. ${Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' ')} treff slutt.`;
    const html = excerpt({ content: long, locations: [61], anchors: [], title: 'Tittel' }, 20);
    expect(html.startsWith('… ord56 ord57')).toBe(true);
    expect(html).toContain('<mark>treff</mark>');
  });
});

describe('queryTerms', () => {
  it('gir ordene uten småord, én gang hver', () => {
    expect(queryTerms('Hjelp med norsk for nyankomne, hjelp')).toEqual(['hjelp', 'norsk', 'nyankomne']);
    expect(queryTerms('to lærere i klasserommet')).toEqual(['to', 'lærere', 'klasserommet']);
    expect(queryTerms('20-24 år')).toEqual(['20-24', 'år']);
  });
});

describe('mergeResults', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('beholder treffene med alle ordene først, så dem med de sjeldneste ordene, så høyest sum', () => {
    const all = [r('a', 1)];
    const common = [r('a', 9), r('b', 1), r('c', 5), r('e', 1), r('f', 1), r('g', 1)];
    const rare = [r('b', 1), r('d', 9)];
    // «d» has only the rare word, «c» only the common one: the rare word says more.
    expect(mergeResults(all, [common, rare], 100).map((x) => x.id)).toEqual(['a', 'b', 'd', 'c', 'e', 'f', 'g']);
  });
  it('tar ikke med sider som bare har ord de fleste sidene har, når et ord er sjeldnere', () => {
    const common = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => r(id, 1));
    const rare = [r('b', 1), r('x', 2)];
    // Ten pages: «common» is on six of them, «rare» on two. Pages with only the common word are left out.
    expect(mergeResults([], [common, rare], 10).map((x) => x.id)).toEqual(['b', 'x']);
    // Only common words: the pages that have them are all there is to show.
    expect(mergeResults([], [common], 10).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
  it('rangerer etter sum når ordene er like sjeldne', () => {
    expect(
      mergeResults(
        [],
        [
          [r('x', 1), r('y', 3)],
          [r('x', 1), r('z', 1)],
        ],
        10,
      ).map((x) => x.id),
    ).toEqual(['x', 'y', 'z']);
  });
});

describe('matchedWords og foundAsTyped', () => {
  it('gir ordene på treffenes plasser, uten tegnsetting', () => {
    expect(matchedWords('Elevene får hjelp. Elevveiledere (to) hjelper.', [0, 3, 4, 9])).toEqual([
      'elevene',
      'elevveiledere',
      'to',
    ]);
  });
  it('kjenner ordet igjen i en bøyd form, også uten æ/ø/å', () => {
    expect(foundAsTyped('hospitering', ['hospitering'])).toBe(true);
    expect(foundAsTyped('språklig', ['språklige'])).toBe(true);
    expect(foundAsTyped('mentorer', ['mentorordning'])).toBe(true);
    expect(foundAsTyped('miljoterapeut', ['miljøterapeuten'])).toBe(true);
  });
  it('ser når Pagefind har kuttet ordet ned til et kortere', () => {
    expect(foundAsTyped('elevveilder', ['elevene', 'elev'])).toBe(false);
    expect(foundAsTyped('hospetering', ['hos'])).toBe(false);
    expect(foundAsTyped('hospetering', [])).toBe(false);
  });
});

describe('ahead', () => {
  it('setter sidene først og tar dem bort lenger nede', () => {
    const r = (id: string) => ({ id });
    expect(ahead([r('c'), r('x')], [r('a'), r('c'), r('b')]).map((x) => x.id)).toEqual(['c', 'x', 'a', 'b']);
  });
});

describe('joinSplitCompounds', () => {
  const site = speller([
    'miljøterapeuten',
    'yrkesfagkoordinator',
    'fritidsaktiviteter',
    'elever',
    'lærere',
    'klasserommet',
  ]);
  const knows = (w: string) => site.knows(w);
  it('skriver to ord sammen der nettstedet skriver dem som ett, også med binde-s', () => {
    expect(joinSplitCompounds(['miljø', 'terapeut'], knows)).toEqual(['miljøterapeut']);
    expect(joinSplitCompounds(['miljo', 'terapeut'], knows)).toEqual(['miljoterapeut']);
    expect(joinSplitCompounds(['yrkesfag', 'koordinator', 'elever'], knows)).toEqual(['yrkesfagkoordinator', 'elever']);
    expect(joinSplitCompounds(['fritid', 'aktiviteter'], knows)).toEqual(['fritidsaktiviteter']);
  });
  it('lar ordene stå hver for seg når nettstedet ikke har dem sammen', () => {
    expect(joinSplitCompounds(['to', 'lærere', 'klasserommet'], knows)).toEqual(['to', 'lærere', 'klasserommet']);
    expect(joinSplitCompounds(['20', '24'], () => true)).toEqual(['20', '24']);
  });
});

describe('correctQuery', () => {
  const nearest = (w: string) => ({ hospetering: 'hospitering', mobing: 'mobbing' })[w];
  it('bytter de ukjente ordene med de nærmeste og sier hvilke', () => {
    expect(correctQuery('mobing på skolen', ['mobing'], nearest)).toEqual({
      query: 'mobbing på skolen',
      words: [['mobing', 'mobbing']],
    });
    expect(correctQuery('Hospetering og mobing', ['hospetering', 'mobing'], nearest)?.query).toBe(
      'hospitering og mobbing',
    );
  });
  it('bytter bare hele ord, og gir ingenting når ingen ord har en nær nabo', () => {
    expect(correctQuery('mobinger mobing', ['mobing'], nearest)?.query).toBe('mobinger mobbing');
    expect(correctQuery('zzzxqy', ['zzzxqy'], nearest)).toBeUndefined();
  });
});

describe('unfolded', () => {
  it('skriver «ae» som «æ», og lar ord uten «ae» være', () => {
    expect(unfolded('fravaeret')).toBe('fraværet');
    expect(unfolded('laereplassen')).toBe('læreplassen');
    expect(unfolded('notteroy')).toBeUndefined();
  });
});

describe('resultStatus', () => {
  it('sier antallet, og ingen mer når alle treffene er for hele søket', () => {
    expect(resultStatus('leksehjelp', 10, 10)).toBe('10 treff for «leksehjelp».');
    expect(resultStatus('', 60, 60)).toBe('60 treff.');
    expect(resultStatus('mobing', 0, 0)).toBe(
      'Ingen treff for «mobing». Prøv et annet ord, en kortere form av ordet, eller fjern et filter.',
    );
  });
  it('sier hvor mange som har alle ordene når søket er utvidet, og hva de andre har', () => {
    expect(resultStatus('to lærere i klasserommet', 52, 3)).toBe(
      '52 treff for «to lærere i klasserommet». 3 har alle ordene, de 49 neste noen av dem.',
    );
    expect(resultStatus('elever uten venner', 20, 0)).toBe(
      '20 treff for «elever uten venner». Ingen har alle ordene; disse har noen av dem.',
    );
  });
  it('sier det samme om ett ord og delene av det', () => {
    expect(resultStatus('lærevansker', 40, 1)).toBe(
      '40 treff for «lærevansker». 1 har ordet, de 39 neste deler av det eller en annen skrivemåte.',
    );
    expect(resultStatus('leksehjelpere', 38, 0)).toBe(
      '38 treff for «leksehjelpere». Ingen har ordet slik det er skrevet; disse har deler av det eller en annen skrivemåte.',
    );
  });
  it('sier hvilket ord som ble søkt i stedet, og om det søket', () => {
    const correction = { query: 'hospitering', words: [['hospetering', 'hospitering']] as [string, string][] };
    expect(resultStatus('hospetering', 5, 5, correction)).toBe(
      '«hospetering» står ikke i tekstene. Viser 5 treff for «hospitering».',
    );
    const phrase = { query: 'mobbing på skolen', words: [['mobing', 'mobbing']] as [string, string][] };
    expect(resultStatus('mobing på skolen', 12, 2, phrase)).toBe(
      '«mobing» står ikke i tekstene. Viser 12 treff for «mobbing på skolen». 2 har alle ordene, de 10 neste noen av dem.',
    );
  });
});

describe('widenedLabel', () => {
  it('sier om treffene under har noen av ordene eller deler av ordet', () => {
    expect(widenedLabel('to lærere i klasserommet')).toBe('Treff med noen av ordene');
    expect(widenedLabel('lærevansker')).toBe('Treff med deler av ordet eller en annen skrivemåte');
    // Stop words do not make a phrase.
    expect(widenedLabel('i lærevansker')).toBe('Treff med deler av ordet eller en annen skrivemåte');
  });
});
