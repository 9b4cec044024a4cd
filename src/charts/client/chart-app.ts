import { chartLegend } from '../chart-legend.ts';
import { formatState, parseState, type ChartState } from '../chart-state.ts';
import { chartSummary } from '../chart-summary.ts';
import { chartTable } from '../chart-table.ts';
import { GROUP_NAMES } from '../labels.ts';
import { claimIdOf } from '../links.ts';
import { rangeChartParts } from '../range-chart.ts';
import { selectView } from '../select-view.ts';
import { timelineChartParts } from '../timeline-chart.ts';
import type { ChartClaim, ChartData } from '../types.ts';
import { applyDates } from './apply-dates.ts';
import { bindDates, readControls, writeControls } from './controls.ts';
import { enterMark, moveFocus } from './keyboard.ts';
import { drawProgressively, type Drawing } from './progressive.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';

function $<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`chart: ${selector} missing`);
  return el;
}

/** Whether two states draw the same chart, differing at most in dates (which `applyDates` handles). */
function sameDrawing(a: ChartState, b: ChartState): boolean {
  return a.view === b.view && a.group === b.group && a.by === b.by && a.show === 'chart' && b.show === 'chart';
}

/**
 * Turns a server-rendered chart section into the interactive chart of every estimate in `data`:
 * replaces the static charts with one live figure drawn by the same functions, and keeps the
 * controls, the URL hash, the share links and the chart in step.
 *
 * @example document.querySelectorAll<HTMLElement>('[data-chart]').forEach((root) => chartApp(root, data))
 */
export function chartApp(root: HTMLElement, data: ChartData): void {
  // Set by the relative-links integration: the way back to the site root, so links work from disk too.
  const siteRoot = document.documentElement.dataset.root ?? '/';
  const byId = new Map<string, ChartClaim>(data.claims.map((c) => [c.id, c]));
  const dates = [...new Set(data.claims.flatMap((c) => (c.date ? [c.date] : [])))].sort();
  const form = $<HTMLFormElement>(root, '.chart-controls');
  const live = $<HTMLElement>(root, '.chart-live');
  const body = $<HTMLElement>(live, '.chart-body');
  const tip = $<HTMLElement>(live, '.chart-tooltip');
  const share = $<HTMLElement>(root, '.chart-share');
  let state: ChartState | null = null;
  let drawing: Drawing | null = null;

  function render(next: ChartState): void {
    const view = selectView(data, next);
    hideTooltip(tip);
    const shape = next.show === 'table' ? 'table' : next.view === 'range' ? 'range plot' : 'timeline';
    $(live, '.chart-title').textContent = `${GROUP_NAMES[next.group]}: ${shape}`;
    $(live, '.chart-summary').textContent = chartSummary(view);
    if (next.group !== state?.group || next.view !== state?.view)
      $(live, '.chart-legend-slot').innerHTML = chartLegend(next.group, view.statements.length > 0);
    if (state && sameDrawing(state, next)) {
      drawing?.finish();
      applyDates(body, next);
    } else {
      drawing?.cancel();
      drawing = null;
      const parts = next.view === 'range' ? rangeChartParts : timelineChartParts;
      if (next.show === 'table') body.innerHTML = chartTable(view, siteRoot);
      else drawing = drawProgressively(body, parts(view, { prefix: 'live', interactive: true, root: siteRoot }));
    }
    enterMark(body);
    writeControls(form, next, dates);
    state = next;
    const hash = formatState(next);
    share.querySelector<HTMLAnchorElement>('.chart-link')!.href = `${share.dataset['home']}${hash ? `#${hash}` : ''}`;
    const code = share.querySelector<HTMLTextAreaElement>('.chart-embed-code');
    if (code)
      code.value = code.value.replace(/src="[^"]*"/, `src="${share.dataset['embed']}${hash ? `#${hash}` : ''}"`);
  }

  function update(next: ChartState): void {
    render(next);
    const hash = formatState(next);
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  const markOf = (e: Event) => (e.target as Element).closest?.('.mark');
  const show = (e: Event) => {
    const mark = markOf(e);
    const claim = mark && byId.get(claimIdOf(mark.getAttribute('href') ?? ''));
    if (mark && claim) showTooltip(tip, claim, mark, live);
  };
  body.addEventListener('pointerover', show);
  body.addEventListener('focusin', show);
  body.addEventListener('pointerout', (e) => {
    if (!markOf(e)?.contains(e.relatedTarget as Node | null)) hideTooltip(tip);
  });
  body.addEventListener('focusout', () => hideTooltip(tip));
  body.addEventListener('keydown', (e) => {
    drawing?.finish();
    if (moveFocus(body, e)) e.preventDefault();
  });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hideTooltip(tip));
  form.addEventListener('change', () => update(readControls(form)));
  form.addEventListener('submit', (e) => e.preventDefault());
  bindDates(form, dates, () => update(readControls(form)));
  window.addEventListener('hashchange', () => render(parseState(location.hash)));

  render(parseState(location.hash));
  $(root, '.chart-static').remove();
  live.hidden = false;
  const options = form.closest('details')!;
  options.hidden = false;
  // On a phone the options stay folded under their summary, so the chart is on the first screens.
  options.open = matchMedia('(min-width: 40rem)').matches;
  if (/=/.test(location.hash)) root.scrollIntoView();
}
