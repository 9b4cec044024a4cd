import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuild, checkSources } from './check-build.ts';

/**
 * Fail the build when the published data and the pages disagree (see check-build.ts): a journalist
 * citing a claim page and a reader of /data/claims.json must see the same claim.
 */
export function verifyBuild(): AstroIntegration {
  return {
    name: 'verify-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const problems = [...checkBuild(fileURLToPath(dir)), ...checkSources(process.cwd(), fileURLToPath(dir))];
        if (problems.length > 0) {
          throw new Error(
            `The data and the pages disagree (${problems.length}):\n${problems.slice(0, 20).join('\n')}` +
              (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''),
          );
        }
        logger.info(`data and pages agree (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
