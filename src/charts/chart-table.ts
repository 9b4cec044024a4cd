import { GROUP_NAMES, measureName } from './labels.ts';
import { claimHref } from './links.ts';
import type { ChartView } from './select-view.ts';
import { esc } from './svg.ts';

/**
 * The view's estimates as a table, one row per mark and in mark order: the chart's data for
 * readers who prefer text or use a screen reader. Pure: returns HTML.
 *
 * @example chartTable(selectView(data, DEFAULT_STATE))
 * // '<div class="table-scroll" tabindex="0" role="region" aria-label="Troops: table"><table>…<tr data-id="c-…">…</table></div>'
 */
export function chartTable(view: ChartView, root = '/'): string {
  const byReporter = view.state.by === 'reporter';
  const head = ['Estimate', 'Counted', 'Date', byReporter ? 'Outlet' : 'Reporter'];
  const rows = view.shown.map((c) => {
    const row = byReporter ? c.who : (c.outlet ?? 'Outlet not named');
    const other = byReporter ? (c.outlet ?? 'not named') : c.who;
    const cells = [
      `<a href="${claimHref(c.id, root)}">${esc(c.value)}</a>`,
      measureName(c.measure),
      c.when,
      esc(other),
    ];
    return `<tr data-id="${c.id}"><th scope="row">${esc(row)}</th><td>${cells.join('</td><td>')}</td></tr>`;
  });
  const name = `${GROUP_NAMES[view.state.group]}: table`;
  const caption = `${view.shown.length} ${view.shown.length === 1 ? 'estimate' : 'estimates'}, by ${view.state.by}`;
  const th = [byReporter ? 'Reporter' : 'Outlet', ...head].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(name)}"><table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>${statementsTable(view, root)}</div>`;
}

/** The timeline's statement markers as a table, oldest first; nothing when there are none. */
function statementsTable(view: ChartView, root: string): string {
  const shown = view.statements.filter(view.keeps);
  if (!shown.length) return '';
  const rows = shown.map(
    (s) =>
      `<tr data-id="${s.id}"><th scope="row"><a href="${claimHref(s.id, root)}">${esc(s.text)}</a></th><td>${s.when}</td></tr>`,
  );
  const caption = `${shown.length} ${shown.length === 1 ? 'statement' : 'statements'} without a figure, marked on the timeline`;
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">Statement</th><th scope="col">Date</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
