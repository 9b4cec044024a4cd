import type { VFile } from 'vfile';
import { claimSchema, type Claim } from '../../src/schemas/claim.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import type { Registry } from '../extract/attribution/registry.ts';

/**
 * Apply `content/corrections.yaml` to this document's claims: set reporter, speaker, measure,
 * numbers or date, withdraw a non-claim, add an editor's note. A corrected claim keeps its id, so
 * links to it keep working. A correction naming an unknown reporter is reported and that field
 * skipped. A correction that would make an invalid claim (`low` above `high`) is an error naming
 * the file and the entry's line, and is not applied: the claim stays as extracted, and its source
 * with it.
 */
export function applyCorrections() {
  return (_tree: unknown, file: VFile): void => {
    const corrections = file.data.corrections;
    if (!corrections?.size) return;
    file.data.claims = (file.data.claims ?? []).flatMap((claim): Claim[] => {
      const fix = corrections.get(claim.id);
      if (!fix) return [claim];
      if (fix.notAClaim) return [];
      const where = `${corrections.where(claim.id)}: ${claim.id}`;
      const next = corrected(claim, fix, file.data.registry!, (reason) => file.message(`${where}: ${reason}`));
      const checked = claimSchema.safeParse(next);
      if (checked.success) return [next];
      const issue = checked.error.issues[0]!;
      const field = issue.path.length ? ` (field "${issue.path.join('.')}")` : '';
      const values = /\b(low|high)\b/.test(issue.message) ? ` (low ${next.low}, high ${next.high})` : '';
      const error = file.message(
        `${where}: ${issue.message}${field}${values}; correction not applied, the claim stays as extracted`,
      );
      error.fatal = true;
      return [claim];
    });
  };
}

/** The claim with a correction's fields applied; an unknown reporter is warned about and skipped. */
function corrected(claim: Claim, fix: Correction, registry: Registry, warn: (reason: string) => void): Claim {
  const next: Claim = { ...claim, status: 'corrected', note: fix.note ?? claim.note };
  if (fix.reporter !== undefined) {
    const reporter = fix.reporter === null ? null : registry.reporters.get(fix.reporter);
    if (reporter === undefined) warn(`unknown reporter "${fix.reporter}" ignored`);
    else {
      next.reporter = reporter && { id: reporter.id, name: reporter.name, country: reporter.country };
      next.attribution = reporter && { via: 'correction', text: reporter.name };
    }
  }
  if (fix.speaker !== undefined) next.speaker = fix.speaker;
  if (fix.measure !== undefined) next.measure = fix.measure;
  if (fix.qualifier !== undefined) next.qualifier = fix.qualifier;
  if (fix.low !== undefined) next.low = fix.low;
  if (fix.high !== undefined) next.high = fix.high;
  if (fix.statedOn !== undefined) next.statedOn = fix.statedOn;
  return next;
}
