import type { VFile } from 'vfile';
import type { Claim } from '../../src/schemas/claim.ts';

/**
 * Apply `content/corrections.yaml` to this document's claims: set reporter, speaker, measure,
 * numbers or date, withdraw a non-claim, add an editor's note. A corrected claim keeps its id, so
 * links to it keep working. A correction naming an unknown reporter is reported and that field skipped.
 */
export function applyCorrections() {
  return (_tree: unknown, file: VFile): void => {
    const corrections = file.data.corrections;
    const registry = file.data.registry!;
    if (!corrections?.size) return;
    file.data.claims = (file.data.claims ?? []).flatMap((claim): Claim[] => {
      const fix = corrections.get(claim.id);
      if (!fix) return [claim];
      if (fix.notAClaim) return [];
      const next: Claim = { ...claim, status: 'corrected', note: fix.note ?? claim.note };
      if (fix.reporter !== undefined) {
        const reporter = fix.reporter === null ? null : registry.reporters.get(fix.reporter);
        if (reporter === undefined) {
          file.message(`content/corrections.yaml: ${claim.id}: unknown reporter "${fix.reporter}" ignored`);
        } else {
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
      return [next];
    });
  };
}
