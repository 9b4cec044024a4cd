import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { noCorrections, parseCorrectionsFields, type Corrections } from './corrections.ts';
import type { YamlFields } from './yaml-file.ts';

/** The project root (the folder with content/). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Load content/reporters.yaml; throws an InputError naming file and line. */
export function readRegistry(root = ROOT): Registry {
  const file = join(root, 'content', 'reporters.yaml');
  return loadRegistry(relative(root, file), readFileSync(file, 'utf8'));
}

/**
 * Load content/corrections.yaml (optional): each entry with its line, a bad field of an entry left
 * out with an error naming file and line; malformed YAML throws an InputError.
 *
 * @example readCorrections().value.where('c-statement-0403fd6e5a') // 'content/corrections.yaml:14'
 */
export function readCorrections(root = ROOT): YamlFields<Corrections> {
  const file = join(root, 'content', 'corrections.yaml');
  return existsSync(file) ? parseCorrectionsFields(readFileSync(file, 'utf8')) : { value: noCorrections(), errors: [] };
}

function relative(root: string, file: string): string {
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}
