import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { dedupeDrafts } from '../lib/dedupe.ts';

/** Report each estimate once per document (lib/dedupe.ts). */
export function dedupeClaims() {
  return (tree: Root, file: VFile): void => {
    const sentences = file.data.sentences ?? [];
    const isHeadline = (d: { sentence: number }) => {
      const node = tree.children[sentences[d.sentence]?.paragraph ?? -1];
      return node?.type === 'paragraph' && node.data?.role === 'title';
    };
    file.data.drafts = dedupeDrafts(file.data.drafts ?? [], file.data.registry!, isHeadline);
  };
}
