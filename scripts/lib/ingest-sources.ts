import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentJob } from './ingest-document.ts';
import type { Report } from './outputs.ts';
import { readSourceFiles, sidecarPath } from './load-source.ts';
import { NO_SLUG, slugify, sourceFormat } from './read-source.ts';

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
  const at = { source: join(dir, source.name), sidecar: source.sidecar && join(dir, source.sidecar) };
  const { files, errors } = readSourceFiles(at, { source: `content/sources/${source.name}` }, true);
  report.errors.push(...errors);
  return files;
}

/**
 * The source files — texts (`.txt`) and saved web pages (`.html`) — in name order, each with its
 * sidecar (`x.txt` → `x.yaml`, `x.html` → `x.yaml`) when there is one. Every source needs a slug of
 * its own (slugify). A name that gives none is an error. When names share a slug ("Report.txt" and
 * "report.txt"), the one named `<slug>.txt` or `<slug>.html` keeps it and each other is an error;
 * when none or both are so named (`x.txt` and `x.html`), each is an error naming the others: adding
 * a file never takes over a published address, and which of a text and a page is the source is an
 * editor's call.
 *
 * @example listSources('content/sources', report) // [{ name: 'a.txt', sidecar: 'a.yaml' }, { name: 'b.html', sidecar: null }]
 */
export function listSources(sourcesDir: string, report: Report): SourceFile[] {
  const files = readdirSync(sourcesDir);
  const present = new Set(files);
  const bySlug = new Map<string, string[]>();
  for (const name of files.filter((f) => sourceFormat(f) !== null).sort()) {
    const slug = slugify(name);
    if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
    else report.errors.push(`content/sources/${name}: ${NO_SLUG}`);
  }
  const sources: SourceFile[] = [];
  for (const [slug, names] of bySlug) {
    const own = names.filter((n) => n === `${slug}.txt` || n === `${slug}.html`);
    const owner = names.length === 1 ? names[0] : own.length === 1 ? own[0] : undefined;
    for (const name of names.filter((n) => n !== owner)) {
      const others = names.filter((n) => n !== name).map((n) => `content/sources/${n}`);
      report.errors.push(
        owner
          ? `content/sources/${name}: its slug "${slug}" is already taken by content/sources/${owner}; rename it`
          : `content/sources/${name}: its slug "${slug}" is also that of ${others.join(', ')}; rename all but one`,
      );
    }
    if (owner) sources.push({ name: owner, sidecar: sidecarOf(owner, present) });
  }
  return sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The sidecar beside a source, when there is one: `x.txt` → `x.yaml`. */
function sidecarOf(name: string, present: ReadonlySet<string>): string | null {
  const sidecar = sidecarPath(name);
  return present.has(sidecar) ? sidecar : null;
}
