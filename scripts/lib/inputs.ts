import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsSchema, type Correction } from '../../src/schemas/correction.ts';
import { sidecarSchema, type Sidecar } from '../../src/schemas/source.ts';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { parseYaml } from './yaml-file.ts';

/** The project root (the folder with content/). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Load content/reporters.yaml; throws an InputError naming file and line. */
export function readRegistry(root = ROOT): Registry {
  const file = join(root, 'content', 'reporters.yaml');
  return loadRegistry(relative(root, file), readFileSync(file, 'utf8'));
}

/** Load content/corrections.yaml (optional); throws an InputError naming file and line. */
export function readCorrections(root = ROOT): Map<string, Correction> {
  const file = join(root, 'content', 'corrections.yaml');
  if (!existsSync(file)) return new Map();
  const parsed = parseYaml(relative(root, file), readFileSync(file, 'utf8'), correctionsSchema.nullable());
  return new Map(Object.entries(parsed ?? {}));
}

/** Load the sidecar beside a source (`x.txt` → `x.yaml`), or null when there is none. */
export function readSidecar(sourcePath: string, root = ROOT): Sidecar | null {
  const file = sourcePath.replace(/\.[^./]+$/, '') + '.yaml';
  if (file === sourcePath || !existsSync(file)) return null;
  return parseYaml(relative(root, file), readFileSync(file, 'utf8'), sidecarSchema.nullable());
}

function relative(root: string, file: string): string {
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}
