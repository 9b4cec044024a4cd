import { findEstimates } from './extract/figures/estimates.ts';
for (const s of process.argv.slice(2))
  console.log(
    s.slice(0, 100),
    '\n   ',
    findEstimates(s, { previousMentionsPeople: true })
      .map((e) => `${e.numberText}=${e.measure}:${e.low}-${e.high}`)
      .join(' | '),
  );
