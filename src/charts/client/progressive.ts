import type { ChartParts } from '../marks.ts';

/**
 * Marks drawn in the first step, which answers the reader at once, and in each later one: large
 * enough to finish soon, small enough (~20 ms) that input and paint never wait long.
 */
const FIRST = 400;
const STEP = 1600;

/** A drawing under way: `finish` draws what is left at once, `cancel` drops it. */
export interface Drawing {
  finish(): void;
  cancel(): void;
}

/**
 * Draws a chart into `body` a step at a time: the first ~400 marks (for the site's data, all of
 * them) at once, the rest in later tasks, writing each piece's markup only when its step comes,
 * so a view of 10,000 estimates appears without a long freeze. Marks `chart-drawn` in the
 * performance timeline when done.
 *
 * @example const drawing = drawProgressively(body, rangeChartParts(view, options)); drawing.finish();
 */
export function drawProgressively(body: HTMLElement, parts: ChartParts): Drawing {
  const steps: ChartParts['pieces'][] = [];
  let count = Infinity;
  for (const piece of parts.pieces) {
    if (count >= (steps.length > 1 ? STEP : FIRST)) {
      steps.push([]);
      count = 0;
    }
    steps[steps.length - 1]!.push(piece);
    count += piece.size;
  }
  const html = (list: ChartParts['pieces'][]) =>
    list
      .flat()
      .map((p) => p.html())
      .join('');
  body.innerHTML = parts.head + html(steps.slice(0, 1)) + parts.tail;
  const container = body.querySelector('.chart-marks')!;
  let next = 1;
  let timer = 0;
  const draw = (until: number) => {
    container.insertAdjacentHTML('beforeend', html(steps.slice(next, until)));
    next = until;
    if (next >= steps.length) performance.mark('chart-drawn');
  };
  const step = () => {
    draw(next + 1);
    if (next < steps.length) timer = window.setTimeout(step);
  };
  if (steps.length > 1) timer = window.setTimeout(step);
  else performance.mark('chart-drawn');
  return {
    finish() {
      clearTimeout(timer);
      if (next < steps.length) draw(steps.length);
    },
    cancel: () => clearTimeout(timer),
  };
}
