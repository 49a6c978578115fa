import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package-lock.json', () => {
  it('holder ingen nedlastingsadresser (omit-lockfile-registry-resolved)', () => {
    const lock = readFileSync('package-lock.json', 'utf8');
    expect(lock).not.toMatch(/"resolved"\s*:/);
    expect(lock).not.toMatch(/\.tgz\b/);
  });
});
