/**
 * Keyboard navigation between marks (a roving tabindex, WAI-ARIA APG): Tab enters the chart at one
 * mark, arrow keys move between marks, Home and End jump to the first and last, Enter follows the
 * link (native). Left/Right step through marks in order; Up/Down move to the nearest mark in the
 * row above or below (the range plot's rows), or step like Left/Right where there are no rows.
 */

const KEYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 };

/** Marks a reader can reach: not hidden by a date filter. */
const VISIBLE = '.mark:not([display])';

/** Makes the first visible mark the one Tab lands on, unless a visible one already is. @example enterMark(body) */
export function enterMark(body: HTMLElement): void {
  const current = body.querySelector('.mark[tabindex="0"]');
  if (current?.matches(VISIBLE)) return;
  current?.setAttribute('tabindex', '-1');
  body.querySelector(VISIBLE)?.setAttribute('tabindex', '0');
}

function centre(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
}

function rowNeighbour(mark: Element, dir: number): Element | null {
  let row = mark.closest('.row');
  if (!row) return null;
  do row = dir > 0 ? row.nextElementSibling : row.previousElementSibling;
  while (row && !row.querySelector(VISIBLE));
  if (!row) return mark;
  const x = centre(mark);
  const marks = [...row.querySelectorAll(VISIBLE)];
  return marks.reduce((best, m) => (Math.abs(centre(m) - x) < Math.abs(centre(best) - x) ? m : best));
}

/**
 * Moves focus for an arrow, Home or End key pressed on a mark; returns whether it handled the key.
 *
 * @example body.addEventListener('keydown', (e) => moveFocus(body, e) && e.preventDefault())
 */
export function moveFocus(body: HTMLElement, event: KeyboardEvent): boolean {
  const mark = (event.target as Element).closest('.mark');
  if (!mark) return false;
  const marks = [...body.querySelectorAll<SVGAElement>(VISIBLE)];
  const i = marks.indexOf(mark as SVGAElement);
  let next: Element | null | undefined;
  if (event.key === 'Home') next = marks[0];
  else if (event.key === 'End') next = marks[marks.length - 1];
  else if (event.key in KEYS) {
    const dir = KEYS[event.key]!;
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    next = (vertical && rowNeighbour(mark, dir)) || marks[Math.min(marks.length - 1, Math.max(0, i + dir))];
  } else return false;
  if (next && next !== mark) {
    mark.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as SVGAElement).focus();
  }
  return true;
}
