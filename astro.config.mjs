// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { verifyBuild } from './src/integrations/verify-build.ts';

// The public address the site is served from; canonical URLs, Open Graph tags and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://nk-troops-factcheck.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the space where a line break separates inline elements ("SHA-256</span>\n<code>"
  // rendered as "SHA-256daa1…"), and Prettier breaks lines there. `true` compresses losslessly (keeps such spaces).
  compressHTML: true,
  // The remark pipeline (the MDX reference parser, which scripts/lib/verify-mdx.ts checks against).
  // Source text must reach readers verbatim: no curly-quote rewriting, no autolinked URLs or tables.
  markdown: { processor: unified({ gfm: false, smartypants: false }), syntaxHighlight: false },
  // verifyBuild() last: it reads the finished dist/.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), verifyBuild()],
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
