import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sidecarSchema, type Sidecar } from '../../src/schemas/source.ts';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { noCorrections, parseCorrections, type Corrections } from './corrections.ts';
import { parseYaml } from './yaml-file.ts';

/** The project root (the folder with content/). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Load content/reporters.yaml; throws an InputError naming file and line. */
export function readRegistry(root = ROOT): Registry {
  const file = join(root, 'content', 'reporters.yaml');
  return loadRegistry(relative(root, file), readFileSync(file, 'utf8'));
}

/** Load content/corrections.yaml (optional); throws an InputError naming file and line. */
export function readCorrections(root = ROOT): Corrections {
  const file = join(root, 'content', 'corrections.yaml');
  return existsSync(file) ? parseCorrections(readFileSync(file, 'utf8')) : noCorrections();
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
