import { parseState, type ChartState } from '../chart-state.ts';

/** The form's named controls, typed. */
function field<T extends Element | RadioNodeList>(form: HTMLFormElement, name: string): T {
  return form.elements.namedItem(name) as T;
}

/**
 * The state the controls show. Goes through `parseState`, so the form and the URL hash obey the same
 * rules (unknown values fall back to defaults, reversed dates are swapped).
 *
 * @example readControls(form) // { view: 'range', group: 'troops', by: 'reporter', from: null, to: '2024-12-04', show: 'chart' }
 */
export function readControls(form: HTMLFormElement): ChartState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(key, value);
  return parseState(params.toString());
}

/**
 * Sets the controls to a state. `dates` are the distinct dates of the data, in order: the "as of"
 * slider steps through them, its last step meaning "all dates".
 *
 * @example writeControls(form, DEFAULT_STATE, ['2024-12-03', '2024-12-04'])
 */
export function writeControls(form: HTMLFormElement, state: ChartState, dates: string[]): void {
  for (const name of ['view', 'group', 'by', 'show'] as const) {
    field<RadioNodeList>(form, name).value = state[name];
  }
  for (const name of ['from', 'to'] as const) {
    const input = field<HTMLInputElement>(form, name);
    input.value = state[name] ?? '';
    input.min = dates[0] ?? '';
    input.max = dates[dates.length - 1] ?? '';
  }
  const slider = field<HTMLInputElement>(form, 'asof');
  slider.max = String(dates.length);
  const step = state.to === null ? dates.length : dates.findLastIndex((d) => d <= state.to!);
  slider.value = String(Math.max(0, step));
  slider.setAttribute('aria-valuetext', state.to ?? 'all dates');
  field<HTMLOutputElement>(form, 'asofText').value = state.to ?? 'all dates';
}

/**
 * Wires the "as of" slider and the "All dates" button to the date fields; `changed` runs after
 * either moves them.
 *
 * @example bindDates(form, dates, () => update(readControls(form)))
 */
export function bindDates(form: HTMLFormElement, dates: string[], changed: () => void): void {
  const to = field<HTMLInputElement>(form, 'to');
  field<HTMLInputElement>(form, 'asof').addEventListener('input', (event) => {
    const step = Number((event.target as HTMLInputElement).value);
    to.value = dates[step] ?? '';
    changed();
  });
  field<HTMLButtonElement>(form, 'alldates').addEventListener('click', () => {
    to.value = '';
    field<HTMLInputElement>(form, 'from').value = '';
    changed();
  });
}
