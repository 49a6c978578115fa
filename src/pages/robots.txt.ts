import type { APIRoute } from 'astro';

/** robots.txt; the sitemap's line only when the public address is set (SITE_URL), as there is no sitemap otherwise. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
