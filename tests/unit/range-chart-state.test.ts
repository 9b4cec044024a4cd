import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, formatState, isDated, parseState } from '../../src/charts/chart-state.ts';

describe('chart state in the URL hash', () => {
  test('formatState() writes only what differs from the default', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(formatState({ ...DEFAULT_STATE, group: 'losses', to: '2024-12-31' })).toBe('group=losses&to=2024-12-31');
  });

  test('parseState() restores every field formatState() wrote', () => {
    const state = {
      view: 'timeline',
      group: 'command',
      by: 'outlet',
      from: '2024-10-01',
      to: '2025-01-31',
      show: 'table',
    } as const;
    expect(parseState(`#${formatState(state)}`)).toEqual(state);
  });

  test('parseState() falls back to the default for unknown or malformed values', () => {
    expect(parseState('#view=pie&group=aliens&from=yesterday&chart-heading')).toEqual(DEFAULT_STATE);
  });

  test('parseState() swaps dates given in the wrong order', () => {
    expect(parseState('?from=2025-01-01&to=2024-11-01')).toMatchObject({ from: '2024-11-01', to: '2025-01-01' });
  });

  test('isDated() is true once either date is set', () => {
    expect([isDated(DEFAULT_STATE), isDated({ from: null, to: '2024-12-01' })]).toEqual([false, true]);
  });
});
