import { describe, expect, it } from 'vitest';
import { DeployError, howToSet, publicUrl, readDeploy } from '../../src/lib/deploy';

describe('readDeploy', () => {
  it('gir ingenting når variablene mangler eller er tomme', () => {
    expect(readDeploy({})).toEqual({ siteUrl: undefined, contactEmail: undefined });
    expect(readDeploy({ SITE_URL: ' ', CONTACT_EMAIL: '' })).toEqual({ siteUrl: undefined, contactEmail: undefined });
  });
  it('leser adressen til roten og e-postadressen', () => {
    const deploy = readDeploy({ SITE_URL: 'https://tiltak.eksempel.no', CONTACT_EMAIL: ' post@eksempel.no ' });
    expect(deploy.siteUrl?.href).toBe('https://tiltak.eksempel.no/');
    expect(deploy.contactEmail).toBe('post@eksempel.no');
  });
  it('stopper på en adresse som ikke er en nettadresse til roten av en vert', () => {
    for (const [value, problem] of [
      ['tiltak.eksempel.no', 'er ikke en adresse'],
      ['ftp://tiltak.eksempel.no', 'er ikke en nettadresse'],
      ['https://localhost', 'er ikke en nettadresse'],
      ['https://tiltak.eksempel.no/under/', 'har mer enn vertsnavnet'],
      ['https://tiltak.eksempel.no/?a=1', 'har mer enn vertsnavnet'],
    ]) {
      expect(() => readDeploy({ SITE_URL: value }), value).toThrow(
        new DeployError(`SITE_URL: «${value}» ${problem}`).message,
      );
    }
  });
  it('stopper på en e-postadresse som ikke er én adresse', () => {
    for (const value of ['post', 'post@eksempel', 'a@b.no, c@d.no', '<post@eksempel.no>']) {
      expect(() => readDeploy({ CONTACT_EMAIL: value }), value).toThrow(
        `CONTACT_EMAIL: «${value}» er ikke en e-postadresse`,
      );
    }
  });
});

describe('howToSet', () => {
  it('nevner det som mangler og hvordan det settes, og ingenting når alt er satt', () => {
    expect(howToSet({ siteUrl: undefined, contactEmail: undefined })).toMatch(
      /^Ikke satt: SITE_URL .* og CONTACT_EMAIL .*docs\/drift\.md/,
    );
    expect(howToSet({ siteUrl: new URL('https://tiltak.eksempel.no'), contactEmail: undefined })).not.toContain(
      'SITE_URL (',
    );
    expect(
      howToSet({ siteUrl: new URL('https://tiltak.eksempel.no'), contactEmail: 'post@eksempel.no' }),
    ).toBeUndefined();
  });
});

describe('publicUrl', () => {
  it('er absolutt med en kjent vert og en sti fra roten ellers', () => {
    expect(publicUrl('/tiltak/a/', new URL('https://tiltak.eksempel.no'))).toBe('https://tiltak.eksempel.no/tiltak/a/');
    expect(publicUrl('/tiltak/a/', undefined)).toBe('/tiltak/a/');
  });
});
