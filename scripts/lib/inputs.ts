import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { noCorrections, parseCorrections, type Corrections } from './corrections.ts';

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

function relative(root: string, file: string): string {
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}
