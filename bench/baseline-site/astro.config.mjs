// @ts-check
// The site-build benchmark's baseline (bench/site-build.ts): the same MDX as the site, built by Astro
// with the site's own settings (Markdown, HTML, build, Vite), one page per source with trivial
// components, and nothing else: no claim, reporter or index pages, no integration but MDX, no bundle
// or service worker. Paths are relative to bench/baseline-site/, in this checkout or a copy of it.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import site from '../../astro.config.mjs';

// The site sets no i18n; left out, its generic locale type would not check.
const { integrations: _, i18n: __, ...settings } = site;

export default defineConfig({ ...settings, integrations: [mdx()] });
