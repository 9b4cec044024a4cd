/**
 * `npm run ingest`: content/sources/*.txt → src/content/sources/<slug>.mdx, src/data/claims.json and
 * src/data/ingest-report.json. Reads content/ and never writes there. A bad source is reported
 * (file and reason) and skipped; the others are still written. Outputs are replaced all at once,
 * so a failed run leaves the previous outputs in place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSchema, type Claim } from '../src/schemas/claim.ts';
import { readCorrections, readRegistry, readSidecar, ROOT } from './lib/inputs.ts';
import { writeOutputs, type Report } from './lib/outputs.ts';
import { decodeSource, slugify } from './lib/read-source.ts';
import { processSource } from './pipeline.ts';

export interface IngestOptions {
  /** Project root: reads <root>/content, writes <root>/src. */
  root?: string;
  /** Where sources are read from (default <root>/content/sources). */
  sourcesDir?: string;
  log?: (line: string) => void;
}

/** Run the ingest; returns the report it wrote. */
export async function ingest(options: IngestOptions = {}): Promise<Report> {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const sourcesDir = options.sourcesDir ?? join(root, 'content', 'sources');
  const registry = readRegistry(root);
  const report: Report = { sources: [], errors: [], warnings: [] };
  let corrections = new Map<string, never>() as ReturnType<typeof readCorrections>;
  try {
    corrections = readCorrections(root);
  } catch (error) {
    report.errors.push(`${(error as Error).message} (corrections not applied)`);
  }
  const files = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const slugs = new Map<string, string>();
  const mdx = new Map<string, string>();
  const claims: Claim[] = [];

  for (const name of files) {
    const path = join(sourcesDir, name);
    const label = `content/sources/${name}`;
    const slug = slugify(name);
    const clash = slugs.get(slug);
    if (clash) {
      report.errors.push(
        `${label}: its slug "${slug}" is already taken by content/sources/${clash}; rename one of them`,
      );
      continue;
    }
    slugs.set(slug, name);
    try {
      const decoded = decodeSource(readFileSync(path));
      if (!decoded.ok) throw new Error(decoded.error);
      let sidecar = null;
      try {
        sidecar = readSidecar(path, root);
      } catch (error) {
        report.errors.push(`${(error as Error).message} (sidecar ignored)`);
      }
      const out = await processSource({
        slug,
        text: decoded.text,
        digest: { sha256: decoded.sha256, bytes: decoded.bytes },
        sidecar,
        registry,
        corrections,
      });
      for (const claim of out.claims) {
        const checked = claimSchema.safeParse(claim);
        if (!checked.success) throw new Error(`claim ${claim.id}: ${checked.error.issues[0]?.message}`);
      }
      const warnings = [...decoded.warnings, ...out.warnings].map((w) => `${label}: ${w}`);
      report.warnings.push(...warnings);
      report.sources.push({ slug, file: label, claims: out.claims.length, dropped: out.source.dropped.length });
      mdx.set(slug, out.mdx);
      claims.push(...out.claims);
    } catch (error) {
      report.errors.push(`${label}: ${(error as Error).message}`);
    }
  }
  const known = new Set(claims.map((c) => c.id));
  // A withdrawn claim (notAClaim) or a moved one (movedTo) is meant to have no claim of its own.
  for (const [id, fix] of corrections) {
    if (!known.has(id) && !fix.notAClaim && !fix.movedTo) {
      report.warnings.push(`content/corrections.yaml: no claim has the id "${id}"`);
    }
  }
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.id)) report.errors.push(`claim id collision: ${c.id} (sources ${c.source})`);
    seen.add(c.id);
  }
  writeOutputs(root, mdx, claims, report);
  for (const e of report.errors) log(`error: ${e}`);
  for (const w of report.warnings) log(`warning: ${w}`);
  log(
    `ingest: ${report.sources.length} sources, ${claims.length} claims, ${report.errors.length} errors, ${report.warnings.length} warnings`,
  );
  return report;
}

if (import.meta.main) {
  try {
    await ingest();
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
