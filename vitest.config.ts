/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The figures read their palette and the theme as raw CSS text (`?raw`); Vitest would empty them.
    css: { include: [/chart-svg\.css/, /designsystemet-css/] },
  },
});
