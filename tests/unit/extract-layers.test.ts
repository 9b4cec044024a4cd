/**
 * The extractor's layers import in one direction: text → figures → attribution → claims. A module
 * may import from its own layer or one before it, never from one after it, and never from the
 * pipeline's plugins, its helpers or the site (but for the shared schemas, the YAML reader and the
 * hidden-character classes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTRACT = join(import.meta.dirname, '..', '..', 'scripts', 'extract');
const LAYERS = ['text', 'figures', 'attribution', 'claims'] as const;
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]!).filter((p) => p.startsWith('.'));
}

describe('scripts/extract layers', () => {
  it('each hold TypeScript modules', () => {
    for (const layer of LAYERS) {
      expect(
        readdirSync(join(EXTRACT, layer)).some((f) => f.endsWith('.ts')),
        layer,
      ).toBe(true);
    }
  });

  it('import only from their own layer or an earlier one', () => {
    const wrong: string[] = [];
    LAYERS.forEach((layer, rank) => {
      for (const name of readdirSync(join(EXTRACT, layer)).filter((f) => f.endsWith('.ts'))) {
        const file = join(EXTRACT, layer, name);
        for (const spec of imports(file)) {
          const target = relative(EXTRACT, resolve(dirname(file), spec));
          const top = target.split('/')[0]!;
          const targetRank = LAYERS.indexOf(top as (typeof LAYERS)[number]);
          // Outside the extractor only the shared schemas, the YAML reader and the hidden-character
          // classes the pages share (both import nothing of the project) are allowed.
          const outside =
            target.startsWith('../../src/schemas/') ||
            target === '../lib/yaml-file.ts' ||
            target === '../../src/utils/hidden-chars.ts';
          const allowed = targetRank >= 0 ? targetRank <= rank : outside;
          if (!allowed) wrong.push(`${layer}/${name} imports ${spec}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });
});
