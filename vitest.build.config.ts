import { defineConfig } from 'vitest/config';

/** The build tests (tests/build/): each runs the real build, so they are slow; two at a time (2 cores). */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    maxConcurrency: 2,
  },
});
