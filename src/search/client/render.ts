/**
 * One search result as a list item: a claim (who and what, the quote with the matching words marked,
 * links to its page and to its sentence in the source), a source or a reporter.
 */
import { formatDate } from '../../utils/format.ts';
import { fromRoot } from '../../utils/url.ts';
import { highlight, snippet } from '../highlight.ts';
import type { Term } from '../normalize.ts';
import { claimDateOf, type RecordType, type SearchRecord } from '../records.ts';
import type { SearchIndex } from '../types.ts';
import { h, joined, type Child } from './dom.ts';

/**
 * What rendering needs besides the record: the index, the query's terms, the way to the site root.
 *
 * @example { index, terms: parseQuery('kursk'), root: '../', counts: claimCounts(index) }
 */
export interface RenderContext {
  index: SearchIndex;
  terms: readonly Term[];
  /** The page's `data-root`. */
  root: string;
  /** Claims per reporter and per source, by position in `index.r` and `index.s`. */
  counts: { r: number[]; s: number[] };
}

const TYPE_NAMES: Record<RecordType, string> = { claim: 'Claim', source: 'Source', reporter: 'Reporter' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function heading(type: RecordType, href: string, title: Child): HTMLHeadingElement {
  const label = h('span', { class: 'result-type' }, TYPE_NAMES[type]);
  return h('h3', {}, label, h('span', { class: 'visually-hidden' }, ': '), h('a', { href }, title));
}

function claimResult(at: number, { index, terms, root }: RenderContext): HTMLLIElement {
  const c = index.c[at]!;
  const source = index.s[c.s]!;
  const who = c.r === undefined ? 'Unattributed' : index.r[c.r]!.s;
  const measure = c.m === undefined ? '' : ` ${index.m[c.m]![0]}`;
  const date = claimDateOf(c, index);
  const mark = (text: string) => highlight(text, terms);
  const inSource = h('a', { href: fromRoot(`sources/${source.i}/#${c.i}`, root) }, mark(source.t));
  return h(
    'li',
    { class: 'result result-claim' },
    heading('claim', fromRoot(`claims/${c.i}/`, root), mark(`${who}: ${c.v}${measure}`)),
    h('blockquote', { class: 'result-quote' }, snippet(mark(c.q))),
    h('p', { class: 'result-meta' }, ...joined(' · ', [c.p && mark(c.p), date && formatDate(date)])),
    h('p', { class: 'result-meta' }, 'Quoted in ', inSource),
  );
}

function sourceResult(at: number, { index, terms, root, counts }: RenderContext): HTMLLIElement {
  const s = index.s[at]!;
  const mark = (text: string | undefined) => text && highlight(text, terms);
  const facts = [mark(s.o), s.d && formatDate(s.d), mark(s.b), plural(counts.s[at] ?? 0, 'claim')];
  return h(
    'li',
    { class: 'result result-source' },
    heading('source', fromRoot(`sources/${s.i}/`, root), mark(s.t)),
    h('p', { class: 'result-meta' }, ...joined(' · ', facts)),
  );
}

function reporterResult(at: number, { index, terms, root, counts }: RenderContext): HTMLLIElement {
  const r = index.r[at]!;
  const mark = (text: string) => highlight(text, terms);
  // Show which other names matched, so a hit on "GUR" or "Budanov" explains itself.
  const names = [r.s, ...(r.a ?? []), ...(r.p ?? [])].map(mark).filter((s) => s.some((part) => part.mark));
  return h(
    'li',
    { class: 'result result-reporter' },
    heading('reporter', fromRoot(`reporters/${r.i}/`, root), mark(r.n)),
    h('p', { class: 'result-meta' }, ...joined(' · ', [mark(r.c), mark(r.k), plural(counts.r[at] ?? 0, 'claim')])),
    names.length > 0 && h('p', { class: 'result-meta' }, 'Also named: ', ...joined(', ', names.slice(0, 6))),
  );
}

const RENDER: Record<RecordType, (at: number, context: RenderContext) => HTMLLIElement> = {
  claim: claimResult,
  source: sourceResult,
  reporter: reporterResult,
};

/**
 * A result's list item.
 *
 * @example list.append(renderResult({ type: 'claim', at: 0, … }, context))
 */
export function renderResult(record: SearchRecord, context: RenderContext): HTMLLIElement {
  return RENDER[record.type](record.at, context);
}

/**
 * How many claims each reporter and each source has in the index.
 *
 * @example claimCounts(index).r[0] // claims of the first reporter
 */
export function claimCounts(index: SearchIndex): RenderContext['counts'] {
  const r = index.r.map(() => 0);
  const s = index.s.map(() => 0);
  for (const c of index.c) {
    s[c.s] = (s[c.s] ?? 0) + 1;
    if (c.r !== undefined) r[c.r] = (r[c.r] ?? 0) + 1;
  }
  return { r, s };
}
