/**
 * Entry of /js/search.js, a classic script (bundled as an IIFE by src/integrations/classic-scripts.ts)
 * for the search page: it runs from file:// and under `script-src 'self'`. The index comes from
 * /js/search-index.js, a classic script loaded just before this one, which sets one global. The two
 * performance marks time the start-up: records prepared and the URL's query shown (bench/search.ts).
 */
import { rank } from '../match.ts';
import { parseQuery } from '../normalize.ts';
import { searchRecords, type SearchRecord } from '../records.ts';
import { INDEX_GLOBAL, type SearchIndex } from '../types.ts';
import { summary } from './summary.ts';
import { claimCounts, renderResult, type RenderContext } from './render.ts';

/** Results drawn at a time: a query matching 10,000 claims shows 50 and a button for more. */
const PAGE = 50;
/** Typing pauses this long (ms) before the results change, so each keystroke does not redraw. */
const DELAY = 180;

function part<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`search: ${selector} missing`);
  return el;
}

/** Keep the query in the address (`?q=`), so results can be linked and come back on reload. */
function remember(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  try {
    history.replaceState(history.state, '', url);
  } catch {
    // Some browsers refuse history changes on file:// pages: the query then stays in the box only.
  }
}

function start(form: HTMLFormElement): void {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = part<HTMLElement>('[data-search-status]');
  const list = part<HTMLOListElement>('[data-search-results]');
  const heading = part<HTMLElement>('[data-search-heading]');
  const more = part<HTMLButtonElement>('[data-search-more]');
  const index = (self as unknown as Record<string, SearchIndex | undefined>)[INDEX_GLOBAL];
  if (index?.v !== 1) {
    status.textContent = 'The search index did not load, so search cannot run here.';
    return;
  }
  part<HTMLElement>('[data-search-nojs]').hidden = true;
  const records = searchRecords(index);
  const base = { index, root: document.documentElement.dataset.root ?? '/', counts: claimCounts(index) };
  let context: RenderContext = { ...base, terms: [] };
  let hits: SearchRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function showMore(): HTMLLIElement[] {
    const items = hits.slice(list.children.length, list.children.length + PAGE).map((r) => renderResult(r, context));
    list.append(...items);
    more.hidden = list.children.length >= hits.length;
    return items;
  }

  function update(query: string): void {
    clearTimeout(timer);
    context = { ...base, terms: parseQuery(query) };
    hits = rank(records, context.terms);
    list.replaceChildren();
    showMore();
    heading.hidden = context.terms.length === 0;
    status.textContent = summary(query, hits);
    remember(query.trim());
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(input.value), DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(input.value);
  });
  more.addEventListener('click', () => showMore()[0]?.querySelector('a')?.focus());
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  update(input.value);
}

performance.mark('search-start');
const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) start(form);
performance.mark('search-ready');
