// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cardCache } from './src/integrations/card-cache.ts';
import { classicScripts } from './src/integrations/classic-scripts.ts';
import { rehypeShowHidden } from './src/lib/rehype-show-hidden.ts';
import { relativeLinks } from './src/integrations/relative-links.ts';
import { verifyBuild } from './src/integrations/verify-build.ts';

// The public address the site is served from; canonical URLs, Open Graph tags and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://nk-troops-factcheck.example.org';

// Pages kept only so old links work (withdrawn claims) are `noindex` and stay out of the sitemap.
// A malformed corrections file is reported by `npm run ingest` (file and line); here it only means no exclusions.
const withdrawn = (() => {
  try {
    const corrections = parse(readFileSync(new URL('./content/corrections.yaml', import.meta.url), 'utf8')) ?? {};
    return Object.entries(corrections)
      .filter(([, fix]) => fix?.notAClaim)
      .map(([id]) => `/claims/${id}/`);
  } catch {
    return [];
  }
})();
const inSitemap = (/** @type {string} */ page) => !page.endsWith('/404/') && !withdrawn.some((p) => page.endsWith(p));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the space where a line break separates inline elements ("SHA-256</span>\n<code>"
  // rendered as "SHA-256daa1…"), and Prettier breaks lines there. `true` compresses losslessly (keeps such spaces).
  compressHTML: true,
  // Stylesheets as files, never inlined as <style> (Astro inlines small ones by default): a strict CSP
  // (`style-src 'self'`) then holds on every page, the search page's small stylesheet included.
  // Four pages rendered at once: while one page's file is written the next renders (about a fifth
  // faster at 10,000 claim pages; the output is the same).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // The remark pipeline (the MDX reference parser, which scripts/lib/verify-mdx.ts checks against).
  // Source text must reach readers verbatim: no curly-quote rewriting, no autolinked URLs or tables;
  // its hidden characters (zero-width, bidirectional, control) are shown as marks, never passed on.
  markdown: {
    processor: unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeShowHidden] }),
    syntaxHighlight: false,
  },
  // verifyBuild() reads the finished dist/; relativeLinks() then makes its links work from disk (file://);
  // cardCache() drops the social cards the build did not use from their cache.
  integrations: [mdx(), sitemap({ filter: inSitemap }), classicScripts(), verifyBuild(), relativeLinks(), cardCache()],
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
