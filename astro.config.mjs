// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { chartScript } from './src/integrations/chart-script.ts';

// The public address the site is served from; canonical URLs, Open Graph tags and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://nk-troops-factcheck.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The remark pipeline (the MDX reference parser, which scripts/lib/verify-mdx.ts checks against).
  // Source text must reach readers verbatim: no curly-quote rewriting, no autolinked URLs or tables.
  markdown: { processor: unified({ gfm: false, smartypants: false }), syntaxHighlight: false },
  integrations: [mdx(), chartScript()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
