import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lineOfOffset, lineRefs } from '../lib/boilerplate.ts';
import { firstEntry } from '../extract/attribution/structure.ts';
import { dedupeDrafts } from '../extract/claims/dedupe.ts';

const FIGURE_FIRST = /^\s*[-•*·]?\s*[~≈]?\d[\d,.]*\s?(?:k|\+)?\s*[—–:-]\s/u;

/** Report each estimate once per document (lib/dedupe.ts), and warn about claims left unattributed. */
export function dedupeClaims() {
  return (tree: Root, file: VFile): void => {
    const sentences = file.data.sentences ?? [];
    // The headline, and a live blog's "key events" above its first entry: the entries' figures in shorthand.
    const lines = lineRefs(file.data.clean);
    const entries = firstEntry(lines);
    // So is a "by the numbers" line that opens with its figure ("3,000+ — reinforcements since January").
    // (Once per sentence: dedupe asks again for each pair it compares.)
    const headline = new Map<number, boolean>();
    const isHeadline = (d: { sentence: number }) => {
      const known = headline.get(d.sentence);
      if (known !== undefined) return known;
      const node = tree.children[sentences[d.sentence]?.paragraph ?? -1];
      const yes =
        (node?.type === 'paragraph' && node.data?.role === 'title') ||
        FIGURE_FIRST.test(sentences[d.sentence]?.text ?? '') ||
        (entries !== null && (sentences[d.sentence]?.start ?? Infinity) < entries);
      headline.set(d.sentence, yes);
      return yes;
    };
    file.data.drafts = dedupeDrafts(file.data.drafts ?? [], file.data.registry!, isHeadline);
    // Warn about a speaker the registry does not know only where the claim stays unattributed.
    for (const u of file.data.unresolved ?? []) {
      if (!file.data.drafts.some((d) => d.sentence === u.sentence && !d.reporter)) continue;
      const line = lineOfOffset(String(file.value), sentences[u.sentence]!.start);
      file.message(`line ${line}: attribution "${u.words}" is not in content/reporters.yaml; claim left unattributed`);
    }
  };
}
