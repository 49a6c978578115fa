// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import deploy from './src/integrations/deploy.ts';
import pagefind from './src/integrations/pagefind.ts';
import trimTheme from './src/integrations/trim-theme.ts';

export default defineConfig({
  // No `site` here: the public address comes from SITE_URL at build time, and with it the sitemap
  // (src/integrations/deploy.ts, src/lib/deploy.ts).
  trailingSlash: 'always',
  // The content has no code blocks; Shiki's highlighting would also need inline styles, which the CSP blocks.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [deploy(), contentCheck(), mdx(), pagefind()],
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
