import type { ChartClaim } from '../types.ts';

/** The tooltip's lines, as text (never markup: quotes come from news articles). */
function lines(c: ChartClaim): [string, string][] {
  const who = c.reporterName ? `${c.reporterName}${c.speaker ? ` (${c.speaker})` : ''}` : 'Unattributed';
  return [
    ['quote', `“${c.quote}”`],
    ['who', who],
    ['when', `${c.value}; ${c.dates}`],
    ['source', `Source: ${c.sourceTitle}${c.alsoIn ? ` (and ${c.alsoIn} other${c.alsoIn === 1 ? '' : 's'})` : ''}`],
  ];
}

/**
 * Shows a claim's quote, reporter, speaker, dates and source beside its mark, inside `box` (the
 * tooltip's positioned parent), and makes it the mark's description for screen readers.
 *
 * @example showTooltip(tip, claim, markElement, figureElement)
 */
export function showTooltip(tip: HTMLElement, c: ChartClaim, mark: Element, box: HTMLElement): void {
  tip.replaceChildren(
    ...lines(c).map(([cls, text]) => {
      const p = document.createElement('p');
      p.className = cls;
      p.textContent = text;
      return p;
    }),
  );
  tip.hidden = false;
  mark.setAttribute('aria-describedby', tip.id);
  const area = box.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(0, at.left + at.width / 2 - area.left - width / 2), area.width - width);
  const below = at.bottom - area.top + 8;
  const above = at.top - area.top - tip.offsetHeight - 8;
  tip.style.left = `${left}px`;
  tip.style.top = `${above >= 0 ? above : below}px`;
}

/** Hides the tooltip. @example hideTooltip(tip) */
export function hideTooltip(tip: HTMLElement): void {
  tip.hidden = true;
}
