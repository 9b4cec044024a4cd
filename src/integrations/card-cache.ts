import type { AstroIntegration } from 'astro';
import { CARD_CACHE, pruneCards } from '../cards/card-cache.ts';

/** Slack for file systems whose clocks are coarser than the process's. */
const SLACK_MS = 2000;

/**
 * Keep the social cards' cache (cards/card-cache.ts) to what the last build used: at its end,
 * delete the cards no page of it read or rendered.
 */
export function cardCache(): AstroIntegration {
  let started = 0;
  return {
    name: 'card-cache',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneCards(CARD_CACHE, started - SLACK_MS);
        if (removed > 0) logger.info(`removed ${removed} social cards no page uses from the cache`);
      },
    },
  };
}
