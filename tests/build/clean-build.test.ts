/**
 * The real build of the project as it is, read from what it prints: a clean build gives no warnings,
 * so a new one is seen when it appears rather than lost among old ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy } from './harness';

describe('et rent bygg', () => {
  let dir: string;
  let result: { code: number | null; output: string };
  beforeAll(async () => {
    dir = copyProject();
    result = await build(dir);
  });
  afterAll(() => removeCopy(dir));

  it('lykkes', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('skriver ingen advarsler', () => {
    const warnings = result.output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b|\(!\)/i.test(line));
    expect(warnings).toEqual([]);
  });
});
