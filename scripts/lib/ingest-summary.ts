import { resolveMoves } from '../../src/utils/moves.ts';
import type { Corrections } from './corrections.ts';
import type { DocumentOutput } from './ingest-document.ts';
import type { Report } from './outputs.ts';
import type { ReviewEntry } from './reviews.ts';

/**
 * Fill the report from every source's output, in file order (errors, warnings, one line per source
 * written), check the claims across sources (two claims with one id are an error; a correction
 * that names no claim is a warning; a `movedTo` to itself, into a cycle or to no claim, and a
 * review's `supersededBy` naming no claim, are errors with file and line), and return the rendered
 * claims for claims.json, in order.
 *
 * @example summarise(outputs, corrections, [], report) // [Uint8Array, …]; report.sources.length === outputs.filter(o => o.ok).length
 */
export function summarise(
  outputs: readonly DocumentOutput[],
  corrections: Corrections,
  reviews: readonly ReviewEntry[],
  report: Report,
): Uint8Array[] {
  const seen = new Set<string>();
  const claims: Uint8Array[] = [];
  for (const output of outputs) {
    report.errors.push(...output.errors);
    report.warnings.push(...output.warnings);
    if (!output.ok) continue;
    const { slug, file, claimIds, dropped } = output;
    report.sources.push({ slug, file, claims: claimIds.length, dropped });
    for (const id of claimIds) {
      if (seen.has(id)) report.errors.push(`claim id collision: ${id} (sources ${slug})`);
      seen.add(id);
    }
    claims.push(output.claimsJson);
  }
  // A withdrawn claim (notAClaim) or a moved one (movedTo) is meant to have no claim of its own.
  for (const [id, fix] of corrections) {
    if (!seen.has(id) && !fix.notAClaim && !fix.movedTo) {
      report.warnings.push(`content/corrections.yaml: no claim has the id "${id}"`);
    }
  }
  for (const { id, reason } of resolveMoves(corrections, seen).refused) {
    report.errors.push(`${corrections.where(id)}: ${id}: ${reason}`);
  }
  for (const { file, data, lines } of reviews) {
    const to = data.supersededBy;
    if (to === undefined || seen.has(to)) continue;
    report.errors.push(`${file}:${lines.get('supersededBy')}: supersededBy "${to}" names no claim; no link made`);
  }
  return claims;
}
