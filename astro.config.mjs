// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import trimTheme from './src/integrations/trim-theme.ts';

/** The public address of the site: the one place to change it. */
export const SITE = 'https://tiltaksbanken.example.no';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // The content has no code blocks; Shiki's highlighting would also need inline styles, which the CSP blocks.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(), mdx(), sitemap(), pagefind()],
  // Content-Security-Policy as a <meta> element on every page: Astro hashes its bundled scripts and
  // styles; nothing inline is allowed. Pagefind needs WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval').
  // public/_headers repeats the policy as an HTTP header together with what a <meta> cannot carry.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [trimTheme()],
    build: {
      // Pagefind's files are written after the build; the browser loads them at run time.
      rollupOptions: { external: [/^\/pagefind\//] },
    },
  },
});
