import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentJob } from './ingest-document.ts';
import type { Report } from './outputs.ts';
import { readLimited } from './read-file.ts';
import { MAX_SIDECAR_BYTES, MAX_SOURCE_BYTES, slugify } from './read-source.ts';

/** A source file and the name of its sidecar, if it has one. */
export interface SourceFile {
  name: string;
  sidecar: string | null;
}

/**
 * Read a source and its sidecar; a file that cannot be read is reported (and the source skipped,
 * or the sidecar ignored). Each must be a regular file in the folder (a symbolic link, a device or
 * a FIFO is refused, never followed) and no larger than its cap, which is enforced while reading.
 *
 * @example readJob('content/sources', { name: 'a.txt', sidecar: 'a.yaml' }, report) // { name: 'a.txt', bytes, sidecar: 'title: …' }
 */
export function readJob(dir: string, source: SourceFile, report: Report): DocumentJob | null {
  const read = (name: string, limit: number, what: string) => {
    const file = readLimited(join(dir, name), { limit, regularOnly: true });
    if (file.ok) return file.bytes;
    report.errors.push(`content/sources/${name}: ${file.error}${what}`);
    return null;
  };
  const bytes = read(source.name, MAX_SOURCE_BYTES, '');
  const sidecar = source.sidecar === null ? null : read(source.sidecar, MAX_SIDECAR_BYTES, ' (sidecar ignored)');
  return bytes && { name: source.name, bytes, sidecar: sidecar && Buffer.from(sidecar).toString('utf8') };
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
