import { parse } from 'node-html-parser';

/** What a file a page loads is, for the page-weight table. */
export type AssetKind = 'css' | 'js' | 'icon' | 'manifest' | 'image';

/** A file a page loads when it opens. */
export interface PageAsset {
  /** Its path in dist/, no leading slash: `_astro/Base.css`. */
  path: string;
  kind: AssetKind;
  /** Needed before the first render: a stylesheet linked in <head> for every medium. */
  blocking: boolean;
}

/** The page's own address in a made-up origin, to resolve its relative links against. */
const ORIGIN = 'http://dist.invalid/';

/**
 * The files a built page loads when it opens, from its HTML: stylesheets, scripts, the icon the tab
 * shows, the web app manifest (Chromium fetches it with the page) and images. Not what a browser
 * fetches only later or elsewhere: the home-screen icon, links, or what a script fetches.
 * `page` is the page's path in dist/, to resolve relative addresses; other origins are left out.
 *
 * @example pageAssets('<head><link rel="stylesheet" href="../a.css"></head>', 'b/index.html') // [{ path: 'a.css', kind: 'css', blocking: true }]
 */
export function pageAssets(html: string, page: string): PageAsset[] {
  const doc = parse(html);
  const inHead = new Set(doc.querySelector('head')?.querySelectorAll('link') ?? []);
  const base = new URL(page, ORIGIN);
  const assets: PageAsset[] = [];
  const add = (href: string | undefined, kind: AssetKind, blocking = false) => {
    if (!href || href.startsWith('data:')) return;
    const url = new URL(href, base);
    if (url.origin !== base.origin) return;
    const path = decodeURIComponent(url.pathname.slice(1));
    if (!assets.some((a) => a.path === path)) assets.push({ path, kind, blocking });
  };
  for (const link of doc.querySelectorAll('link[rel~=stylesheet]')) {
    const media = link.getAttribute('media') ?? 'all';
    const blocking = inHead.has(link) && /^(all|screen)$/.test(media.trim());
    add(link.getAttribute('href'), 'css', blocking);
  }
  for (const script of doc.querySelectorAll('script[src]')) add(script.getAttribute('src'), 'js');
  add(doc.querySelector('link[rel~=icon]')?.getAttribute('href'), 'icon');
  add(doc.querySelector('link[rel=manifest]')?.getAttribute('href'), 'manifest');
  for (const img of doc.querySelectorAll('img[src]')) add(img.getAttribute('src'), 'image');
  return assets;
}

/**
 * The data a page carries inline: the text of its JSON script blocks (chart data, JSON-LD, Web
 * Annotations), which the HTML's size includes.
 *
 * @example inlineData('<script type="application/json">{"a":1}</script>') // ['{"a":1}']
 */
export function inlineData(html: string): string[] {
  return parse(html)
    .querySelectorAll('script[type="application/json"], script[type="application/ld+json"]')
    .map((script) => script.textContent);
}
