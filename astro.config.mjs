// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

/** The public address of the site: the one place to change it. */
export const SITE = 'https://tiltaksbanken.example.no';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap(), pagefind()],
  vite: {
    build: {
      // Pagefind's files are written after the build; the browser loads them at run time.
      rollupOptions: { external: [/^\/pagefind\//] },
    },
  },
});
