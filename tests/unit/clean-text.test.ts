import { describe, expect, it } from 'vitest';
import { cleanStrings } from '../../src/lib/clean-loader';
import { cleanContentText, parseContentFile } from '../../src/lib/frontmatter';

const decomposed = 'Na\u030ar o\u0338ya\u0301'; // «Når øyá», letter by letter as macOS tools may save it

describe('cleanContentText', () => {
  it('tar bort byte-rekkefølgemerket og gjør CRLF og CR til LF', () => {
    expect(cleanContentText('\uFEFF---\r\nname: a\r\n---\r\n\r\nTekst\rmer')).toBe('---\nname: a\n---\n\nTekst\nmer');
  });
  it('setter sammen bokstaver (NFC), og «o» med skråstrek til «ø»', () => {
    expect(cleanContentText(decomposed)).toBe('Når øyá');
    expect(cleanContentText('O\u0338stfold')).toBe('Østfold');
  });
  it('lar et merke midt i teksten og ren tekst være', () => {
    expect(cleanContentText('Tiltak for alle, ø og å')).toBe('Tiltak for alle, ø og å');
  });
});

describe('parseContentFile', () => {
  it('leser en fil lagret i Notisblokk (byte-rekkefølgemerke og CRLF)', () => {
    const parsed = parseContentFile(
      '\uFEFF---\r\nname: "Leksehjelp"\r\n---\r\n\r\nLinje én.\r\nLinje to.\r\n',
      'content/tiltak/a.md',
    );
    expect(parsed).toEqual({ data: { name: 'Leksehjelp' }, body: 'Linje én.\nLinje to.' });
  });
  it('gir felt og tekst i sammensatt form', () => {
    const parsed = parseContentFile(`---\nname: "${decomposed}"\n---\n\n${decomposed}\n`, 'content/tiltak/a.md');
    expect(parsed).toEqual({ data: { name: 'Når øyá' }, body: 'Når øyá' });
    expect(parseContentFile(`title: ${decomposed}\n`, 'content/kilder/a.yaml').data).toEqual({ title: 'Når øyá' });
  });
});

describe('cleanStrings', () => {
  it('renser hver tekst i felt, lister og objekter og lar tall og sannhetsverdier være', () => {
    expect(cleanStrings({ name: decomposed, list: [decomposed, 3], nested: { why: decomposed, ok: true } })).toEqual({
      name: 'Når øyá',
      list: ['Når øyá', 3],
      nested: { why: 'Når øyá', ok: true },
    });
  });
});
