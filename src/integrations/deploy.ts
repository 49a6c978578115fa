/**
 * The public address and the contact address from the environment (src/lib/deploy.ts), before anything
 * else is read (astro:config:setup): a malformed value stops the build with a message naming it; a set
 * SITE_URL becomes Astro's `site` (canonical URLs, og:url, robots.txt, open data) and adds the sitemap;
 * a build without them prints one line saying how to set them. Without a public address there is no
 * sitemap, since a sitemap's entries must be absolute URLs.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { DeployError, howToSet, readDeploy } from '../lib/deploy.ts';

export default function deployIntegration(): AstroIntegration {
  return {
    name: 'tiltaksbanken:deploy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        let deploy;
        try {
          deploy = readDeploy(process.env);
        } catch (error) {
          if (!(error instanceof DeployError)) throw error;
          const stop = new Error(`${error.message}\nIngenting er bygget.`);
          stop.stack = stop.message;
          throw stop;
        }
        if (deploy.siteUrl) updateConfig({ site: deploy.siteUrl.href, integrations: [sitemap()] });
        const missing = howToSet(deploy);
        if (command === 'build' && missing) logger.info(missing);
      },
    },
  };
}
