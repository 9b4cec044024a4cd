import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentJob } from './ingest-document.ts';
import type { Report } from './outputs.ts';
import { slugify } from './read-source.ts';

/** A source file and the name of its sidecar, if it has one. */
export interface SourceFile {
  name: string;
  sidecar: string | null;
}

/**
 * Read a source and its sidecar; a file that cannot be read is reported (and the source skipped,
 * or the sidecar ignored).
 *
 * @example readJob('content/sources', { name: 'a.txt', sidecar: 'a.yaml' }, report) // { name: 'a.txt', bytes, sidecar: 'title: …' }
 */
export function readJob(dir: string, source: SourceFile, report: Report): DocumentJob | null {
  const read = (name: string, what: string) => {
    try {
      return readFileSync(join(dir, name));
    } catch (error) {
      report.errors.push(`content/sources/${name}: ${(error as Error).message}${what}`);
      return null;
    }
  };
  const bytes = read(source.name, '');
  const sidecar = source.sidecar === null ? null : read(source.sidecar, ' (sidecar ignored)');
  return bytes && { name: source.name, bytes, sidecar: sidecar && sidecar.toString('utf8') };
}

/**
 * The source files in name order, each with its sidecar (`x.txt` → `x.yaml`) when there is one;
 * a slug clash is reported and the second file skipped.
 *
 * @example listSources('content/sources', report) // [{ name: 'a.txt', sidecar: 'a.yaml' }, { name: 'b.txt', sidecar: null }]
 */
export function listSources(sourcesDir: string, report: Report): SourceFile[] {
  const files = readdirSync(sourcesDir);
  const present = new Set(files);
  const slugs = new Map<string, string>();
  const sources: SourceFile[] = [];
  for (const name of files.filter((f) => f.endsWith('.txt')).sort()) {
    const slug = slugify(name);
    const clash = slugs.get(slug);
    if (clash) {
      report.errors.push(
        `content/sources/${name}: its slug "${slug}" is already taken by content/sources/${clash}; rename one of them`,
      );
      continue;
    }
    slugs.set(slug, name);
    const sidecar = name.replace(/\.txt$/, '.yaml');
    sources.push({ name, sidecar: present.has(sidecar) ? sidecar : null });
  }
  return sources;
}
