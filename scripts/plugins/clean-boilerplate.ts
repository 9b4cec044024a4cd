import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { cleanLines } from '../lib/boilerplate.ts';

/**
 * Drop page furniture (advertisement markers, breadcrumbs, comment boxes, embedded posts, repeated
 * blocks) from the tree, keep every verdict in `file.data.clean` so that each dropped line is listed
 * with its reason, and mark the headline and photo captions. The raw text is never changed.
 */
export function cleanBoilerplate() {
  return (tree: Root, file: VFile): void => {
    const clean = cleanLines(String(file.value));
    file.data.clean = clean;
    const byLine = new Map(clean.lines.map((l) => [l.line, l]));
    tree.children = tree.children.filter((node): node is Paragraph => {
      if (node.type !== 'paragraph') return false;
      const verdict = byLine.get(node.data?.line ?? 0);
      if (!verdict || verdict.role === 'dropped' || verdict.role === 'blank') return false;
      node.data = { ...node.data, role: verdict.role };
      return true;
    });
  };
}
