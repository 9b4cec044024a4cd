/**
 * Benchmark 4 of issue 6: the weight of the built site (dist/, `npm run build` first) per page type
 * (home, source, claim, claims index, reporter): HTML, inline data, CSS, JS and the rest, raw and
 * compressed, against the targets. Every page is weighed; each type shows its median page
 * and its heaviest. Measures files, not a browser: the figures do not depend on the machine.
 */
import { requireDist } from './lib/dist.ts';
import type { BenchModule } from './lib/module.ts';
import { weighSite, type PageWeight } from './lib/page-weight.ts';
import type { Table } from './lib/report.ts';
import { formatSizes } from './lib/sizes.ts';

/** The targets, compressed (gzip: every server has it; brotli is smaller). 1 KB = 1,024 bytes. */
const KB = 1024;
const TARGETS = { firstRender: 14 * KB, article: 25 * KB, home: 60 * KB, enhancement: 2 * KB };
/** Scripts a source or claim page may not load: the site's two bundles. */
const BUNDLES = ['js/chart.js', 'js/search.js', 'js/search-index.js'];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const heaviest = (pages: readonly PageWeight[], by: (w: PageWeight) => number) =>
  pages.reduce((a, b) => (by(b) > by(a) ? b : a));

/** A table row for one page. */
const row = (label: string, w: PageWeight) => [
  label,
  w.page,
  formatSizes(w.html),
  formatSizes(w.data),
  formatSizes(w.css),
  formatSizes(w.js),
  formatSizes(w.other),
  formatSizes(w.firstRender),
  formatSizes(w.total),
];

/**
 * The page-weight module of `npm run bench`.
 *
 * @example await pageWeightBench.run({ quick: true, log: console.error }) // { results: { types: […], targets: {…} }, tables, notes }
 */
export const pageWeightBench: BenchModule = {
  name: 'page-weight',
  description: 'bytes per page type of the built site, raw and compressed, against the targets',
  async run() {
    const site = weighSite(requireDist());
    const types = [...site.types].map(([type, t]) => ({
      type,
      pages: t.pages.length,
      median: t.median,
      heaviest: t.pages.at(-1)!,
    }));
    const articles = [...site.types.get('source')!.pages, ...site.types.get('claim')!.pages];
    const worstFirst = heaviest(site.all, (w) => w.firstRender.gzip);
    const worstArticle = heaviest(articles, (w) => w.total.gzip);
    const home = site.types.get('home')!.median;
    const heavyScripts = articles.flatMap((w) =>
      w.scripts
        .filter((s) => BUNDLES.includes(s.path) || (s.path !== 'sw.js' && s.sizes.gzip > TARGETS.enhancement))
        .map((s) => `${w.page}: ${s.path}`),
    );
    const targets = {
      'HTML and CSS for first render <= 14 KB compressed, every page': {
        measured: `${kb(worstFirst.firstRender.gzip)} (${worstFirst.page})`,
        brotli: kb(worstFirst.firstRender.brotli),
        met: worstFirst.firstRender.gzip <= TARGETS.firstRender,
      },
      'source and claim pages <= 25 KB compressed in total': {
        measured: `${kb(worstArticle.total.gzip)} (${worstArticle.page})`,
        brotli: kb(worstArticle.total.brotli),
        met: worstArticle.total.gzip <= TARGETS.article,
      },
      'source and claim pages: no JavaScript but the service worker and small (<= 2 KB) enhancements': {
        measured: heavyScripts.length ? heavyScripts.slice(0, 3).join(', ') : 'none heavier',
        brotli: '',
        met: heavyScripts.length === 0,
      },
      'home with chart <= 60 KB compressed in total': {
        measured: kb(home.total.gzip),
        brotli: kb(home.total.brotli),
        met: home.total.gzip <= TARGETS.home,
      },
    };
    const tables: Table[] = [
      {
        title: 'Page weight by page type (KB: raw / gzip / brotli)',
        columns: ['page type', 'page', 'HTML', 'of which data', 'CSS', 'JS', 'icon, manifest', 'first render', 'total'],
        rows: types.flatMap((t) =>
          t.pages === 1
            ? [row(t.type, t.median)]
            : [row(`${t.type} (median of ${t.pages})`, t.median), row(`${t.type} (heaviest)`, t.heaviest)],
        ),
      },
      {
        title: 'Page weight targets (judged on gzip)',
        columns: ['target', 'measured (gzip, worst page)', 'brotli', 'met'],
        rows: Object.entries(targets).map(([name, t]) => [name, t.measured, t.brotli, t.met ? 'yes' : 'no']),
      },
    ];
    const notes = [
      `${site.all.length} pages weighed. Each file is compressed on its own, as a server sends it: gzip level 6, brotli quality 11. 1 KB = 1,024 bytes.`,
      `"first render": the HTML and the stylesheets in <head>. "total": everything the page loads when it opens: HTML, CSS, scripts, the worker the service-worker registration fetches (sw.js; not its later precache of the site), the tab icon and the web app manifest. "of which data": the inline JSON (chart data, JSON-LD, Web Annotation), compressed alone; the HTML includes it.`,
      `Scripts on source and claim pages: ${[...new Set(articles.flatMap((w) => w.scripts.map((s) => s.path)))].join(', ')}.`,
    ];
    return { results: { types, worstFirstRender: worstFirst, targets }, tables, notes };
  },
};
