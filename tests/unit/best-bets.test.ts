import { describe, expect, it } from 'vitest';
import { bestBetKey, bestBets } from '../../src/lib/best-bets';

describe('bestBetKey', () => {
  it('gir ordene med små bokstaver, æ/ø/å foldet og ett mellomrom', () => {
    expect(bestBetKey('  Nøtterøy   VGS ')).toBe('notteroy vgs');
    expect(bestBetKey('SMI avd. Melsom')).toBe('smi avd melsom');
    expect(bestBetKey('notteroy vgs')).toBe(bestBetKey('Nøtterøy vgs'));
  });
});

describe('bestBets', () => {
  const municipalities = [
    { url: '/kommuner/sandefjord/', names: ['Sandefjord', 'Sandefjord kommune'] },
    { url: '/kommuner/faerder/', names: ['Færder', 'Færder kommune'] },
  ];
  const schools = [
    { url: '/skoler/sandefjord-vgs/', names: ['Sandefjord videregående skole', 'Sandefjord vgs'] },
    { url: '/skoler/faerder-vgs/', names: ['Færder videregående skole', 'Færder vgs'] },
    { url: '/skoler/melsom-vgs/', names: ['Melsom videregående skole', 'Melsom vgs'] },
    {
      url: '/skoler/smi-melsom/',
      names: ['Skolen for sosiale og medisinske institusjoner, avdeling Melsom', 'SMI avd. Melsom'],
    },
    {
      url: '/skoler/thor-heyerdahl-vgs/',
      names: ['Thor Heyerdahl videregående skole', 'Thor Heyerdahl vgs', 'Thor Heyerdal videregående skole'],
    },
  ];
  const bets = bestBets(municipalities, schools);

  it('gir en skoles navn, kortnavn, kildenes stavemåter og navnet uten «vgs» til skolens side', () => {
    for (const q of [
      'Thor Heyerdahl vgs',
      'thor heyerdahl',
      'Thor Heyerdal videregående skole',
      'Thor Heyerdahl videregående skole',
    ]) {
      expect(bets[bestBetKey(q)], q).toBe('/skoler/thor-heyerdahl-vgs/');
    }
    expect(bets[bestBetKey('SMI avd. Melsom')]).toBe('/skoler/smi-melsom/');
    expect(bets[bestBetKey('smi melsom')]).toBe('/skoler/smi-melsom/');
  });
  it('gir kommunens navn til kommunen, også der en skole har det samme navnet', () => {
    expect(bets[bestBetKey('Sandefjord')]).toBe('/kommuner/sandefjord/');
    expect(bets[bestBetKey('Færder kommune')]).toBe('/kommuner/faerder/');
    expect(bets[bestBetKey('faerder')]).toBe('/kommuner/faerder/');
    expect(bets[bestBetKey('Færder vgs')]).toBe('/skoler/faerder-vgs/');
  });
  it('gir ikke noe beste svar for et ord som står i navnet til flere skoler', () => {
    expect(bets[bestBetKey('Melsom')]).toBeUndefined();
    expect(bets[bestBetKey('Melsom vgs')]).toBe('/skoler/melsom-vgs/');
  });
  it('gir ikke noe beste svar for ord som bare sier hva slags skole det er', () => {
    for (const q of ['vgs', 'videregående skole', 'skole', 'kommune']) expect(bets[bestBetKey(q)], q).toBeUndefined();
  });
});
