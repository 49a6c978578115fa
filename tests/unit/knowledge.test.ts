import { describe, expect, it } from 'vitest';
import {
  addressOf,
  chapterSections,
  checkChapter,
  htmlText,
  markdownHeadings,
  markdownQuotes,
  numberedHeadings,
  pageOfSection,
  splitSections,
  trackingParameters,
  withLinkClass,
  type ChapterPlaces,
} from '../../src/lib/knowledge';

describe('numberedHeadings', () => {
  it('finner kapitler og avsnitt på egne linjer, men ikke datoer eller fotnoter', () => {
    const text = [
      ' 1. En ønsket fremtid ',
      'Tekst.',
      '1.1 Universelt,  helsefremmende',
      '30. september',
      '18. eller 19. ',
      '2 World health organization',
      '5.3 Ungdom mellom 16 – 21 år   ',
    ].join('\n');
    expect(numberedHeadings(text)).toEqual([
      '1. En ønsket fremtid',
      '1.1 Universelt, helsefremmende',
      '5.3 Ungdom mellom 16 – 21 år',
    ]);
  });
});

describe('splitSections', () => {
  it('deler ved h2 og gir id, tekst og innholdet etter overskriften', () => {
    const html =
      '<p>Inn</p>\n<h2 id="a-b">A &#x26; B</h2>\n<p>En</p><h3>Under</h3>\n<h2 id="c">C <em>x</em></h2><p>To</p>';
    expect(splitSections(html)).toEqual({
      intro: '<p>Inn</p>',
      sections: [
        { id: 'a-b', heading: 'A & B', html: '\n<p>En</p><h3>Under</h3>\n' },
        { id: 'c', heading: 'C x', html: '<p>To</p>' },
      ],
    });
  });
  it('gir tom innledning når teksten begynner med en overskrift', () => {
    expect(splitSections('<h2 id="a">A</h2><p>x</p>').intro).toBe('');
  });
});

describe('htmlText', () => {
  it('fjerner tagger og dekoder entiteter', () => {
    expect(htmlText('<b>«Nå»</b> &amp; &lt;da&gt; &#228;&nbsp;x')).toBe('«Nå» & <da> ä x');
  });
});

describe('kapittelfilens avsnitt', () => {
  const declared = [{ heading: 'Hva utenforskap er' }, { heading: 'Oppsøkende arbeid' }];
  it('godtar like overskrifter i samme rekkefølge', () => {
    expect(
      checkChapter(
        { ownPage: true, sections: declared },
        'Inn\n\n## Hva utenforskap er\n\nx\n\n## Oppsøkende arbeid\n',
      ),
    ).toEqual([]);
  });
  it('sier hva som står i teksten og i sections når de ikke stemmer', () => {
    const [problem] = checkChapter(
      { ownPage: true, sections: declared },
      '## Oppsøkende arbeid\n\n## Hva utenforskap er\n',
    );
    expect(problem?.field).toBe('sections');
    expect(problem?.message).toContain(
      'I teksten: «Oppsøkende arbeid», «Hva utenforskap er». I sections: «Hva utenforskap er», «Oppsøkende arbeid»',
    );
  });
  it('sjekker ikke kapitler uten egen side', () => {
    expect(checkChapter({ ownPage: false }, '## Noe\n')).toEqual([]);
  });
  it('chapterSections kaster med filnavnet når overskriftene ikke stemmer, og setter lenkestilen', () => {
    expect(() => chapterSections('content/kapitler/x.md', '<h2 id="a">A</h2>', [{ heading: 'B' }])).toThrow(
      /content\/kapitler\/x\.md: sections: .*«A».*«B»/,
    );
    const { sections } = chapterSections('x', '<h2 id="b">B</h2><p><a href="/nivaer/">n</a></p>', [
      { heading: 'B', historical: true },
    ]);
    expect(sections).toEqual([
      { heading: 'B', historical: true, id: 'b', html: '<p><a class="ds-link" href="/nivaer/">n</a></p>' },
    ]);
  });
  it('markdownHeadings leser bare nivå 2', () => {
    expect(markdownHeadings('# En\n## To  \n### Tre\n##  Fire')).toEqual(['To', 'Fire']);
  });
  it('withLinkClass gir bare lenker uten klasse lenkestilen', () => {
    expect(withLinkClass('<a href="/a/">a</a><a class="x" href="/b/">b</a>')).toBe(
      '<a class="ds-link" href="/a/">a</a><a class="x" href="/b/">b</a>',
    );
  });
});

describe('pageOfSection', () => {
  const chapters: ChapterPlaces[] = [
    {
      id: 'en',
      data: {
        source: { section: '1. En' },
        ownPage: false,
        links: [{ href: '/nivaer/' }],
        subsections: [{ section: '1.1 To', href: '/nivaer/#x' }],
      },
    },
    { id: 'to', data: { source: { section: '2. To' }, ownPage: true, links: [], subsections: [] } },
    {
      id: 'tre',
      data: {
        source: { section: '3. Tre' },
        ownPage: false,
        links: [{ href: '/kunnskapsgrunnlag/#nokler' }],
        subsections: [{ section: '3.1 S', href: '/nokler/s/' }],
      },
    },
  ];
  const url = (id: string) => `/k/${id}/`;
  it.each([
    ['1. En', '/nivaer/'],
    ['1.1 To', '/nivaer/'],
    ['2. To', '/k/to/'],
    ['3. Tre', '/kunnskapsgrunnlag/'],
    ['3.1 S', '/nokler/s/'],
    ['4. Fire', undefined],
  ])('%s → %s', (section, page) => {
    expect(pageOfSection(section, chapters, url)).toBe(page);
  });
});

describe('addressOf', () => {
  it.each([
    ['https://www.ks.no/a/', { kind: 'public', host: 'ks.no', mayHaveMoved: false }],
    ['http://www.forebygging.no/ordbok/', { kind: 'public', host: 'forebygging.no', mayHaveMoved: false }],
    ['https://www.vtfk.no/aktuelt/x/', { kind: 'public', host: 'vtfk.no', mayHaveMoved: true }],
    [
      'https://ksiskyen.sharepoint.com/sites/x/y.docx',
      { kind: 'intranet', host: 'ksiskyen.sharepoint.com', mayHaveMoved: false },
    ],
    ['file:///C:/Users/x/Downloads/a%20b.pdf', { kind: 'local-file', host: '', mayHaveMoved: false }],
  ])('%s', (url, expected) => {
    expect(addressOf(url)).toEqual(expected);
  });
});

describe('trackingParameters', () => {
  it('finner sporingsparametere, men ikke vanlige', () => {
    expect(trackingParameters('https://www.regjeringen.no/no/dokumenter/x/?ch=1')).toEqual([]);
    expect(trackingParameters('https://a.no/?utm_source=x&ch=1&fbclid=y')).toEqual(['utm_source', 'fbclid']);
  });
});

describe('markdownQuotes', () => {
  it('leser blokksitater med og uten kildelinje, og <q>', () => {
    const body =
      'Tekst <q>kort sitat</q> her.\n\n> «Et sitat\n> over to linjer.»\n> — kunnskapsgrunnlag-2021, 1.1\n\n> «Uten kilde med «indre» ord.»\n\nSlutt.';
    expect(markdownQuotes(body)).toEqual([
      { text: 'Et sitat over to linjer.', document: 'kunnskapsgrunnlag-2021' },
      { text: 'Uten kilde med «indre» ord.' },
      { text: 'kort sitat' },
    ]);
  });
  it('leser hvert avsnitt og hvert listepunkt i et blokksitat for seg', () => {
    const body = '> Innledning\n>\n> 1. Første\n>    fortsatt\n> 2. Andre\n\n> - a\n> - b';
    expect(markdownQuotes(body).map((q) => q.text)).toEqual(['Innledning', 'Første fortsatt', 'Andre', 'a', 'b']);
  });
});
