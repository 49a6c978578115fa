/**
 * Content as editors save it builds, and reaches the pages as readers type it. Each folder in
 * tests/fixtures/accepted/ adds one measure file, saved the way some editor saves it; the real build
 * must succeed and the measure's page must show its text in composed letters (NFC), without stray
 * carriage returns or byte order marks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy } from './harness';

const FIXTURES = 'tests/fixtures/accepted';

/** Per fixture: the measure's page, and texts that page must contain. */
const CASES: Record<string, { page: string; expected: string[] }> = {
  // Windows Notepad's UTF-8 (a byte order mark first; its CRLF line ends too).
  'byte-order-mark': {
    page: 'tiltak/med-bom/index.html',
    expected: ['>Lagret med byte-rekkefølgemerke<', 'Beskrivelsen ble lagret i Notisblokk'],
  },
  'crlf-line-endings': {
    page: 'tiltak/med-crlf/index.html',
    // The description's line break within a paragraph reads as a space; the quote is marked there.
    expected: ['>Lagret med CRLF<', 'Beskrivelsen har Windows-linjeskift. <mark', '>To linjer i samme avsnitt<'],
  },
  // «å» as «a» + combining ring (NFD, as macOS tools save it), «ø» as «o» + combining slash.
  'decomposed-letters': {
    page: 'tiltak/dekomponerte-bokstaver/index.html',
    expected: [
      '>Støtte før eksamen på Nøtterøy<',
      'Elevene får støtte <mark',
      '>før eksamen<',
      '. Tiltaket gjennomføres på skolen.',
    ],
  },
};

describe('hver godtatt fikstur har en forventning', () => {
  it('og hver forventning en fikstur', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
  });
});

describe.concurrent('innhold lagret slik redaktører lagrer det, bygges', () => {
  for (const [fixture, { page, expected }] of Object.entries(CASES)) {
    it(fixture, async () => {
      const dir = copyProject(join(FIXTURES, fixture));
      try {
        const { code, output } = await build(dir);
        expect(code, output).toBe(0);
        const html = readFileSync(join(dir, 'dist', page), 'utf8');
        for (const text of expected) expect(html).toContain(text);
        expect(html, 'kombinerende tegn på siden').not.toMatch(/[\u0300-\u036f]/);
        expect(html, 'vognretur på siden').not.toContain('\r');
        expect(html, 'byte-rekkefølgemerke på siden').not.toContain('\uFEFF');
      } finally {
        removeCopy(dir);
      }
    });
  }
});
