import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * Point every offset back into the raw text, after extraction read the normalised text
 * (extract/text/normalise.ts): claims and their repeats, sentences, kept lines and paragraphs. A
 * quote is then the raw slice, hidden characters and all, so `text.slice(start, end) === quote`
 * holds for the file as it is; the pages show those characters as marks. Nothing to do when the
 * text had no hidden characters.
 */
export function restoreRawText() {
  return (tree: Root, file: VFile): void => {
    const n = file.data.normalised;
    if (!n) return;
    const raw = n.raw;
    const span = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: n.toRaw(x.start),
      end: n.endToRaw(x.end),
    });
    file.data.claims = (file.data.claims ?? []).map((c) => {
      const at = span(c);
      return { ...at, quote: raw.slice(at.start, at.end), repeats: c.repeats.map(span) };
    });
    file.data.sentences = (file.data.sentences ?? []).map((s) => {
      const at = span(s);
      return { ...at, text: raw.slice(at.start, at.end) };
    });
    if (file.data.clean) {
      file.data.clean.lines = file.data.clean.lines.map((l) => {
        const at = span(l);
        return { ...at, text: raw.slice(at.start, at.end) };
      });
    }
    for (const node of tree.children) {
      const p = node.position;
      if (node.type !== 'paragraph' || !p || p.start.offset === undefined || p.end.offset === undefined) continue;
      const start = n.toRaw(p.start.offset);
      const end = n.endToRaw(p.end.offset);
      node.position = { start: { ...p.start, offset: start }, end: { ...p.end, column: end - start + 1, offset: end } };
      node.children = [{ type: 'text', value: raw.slice(start, end) }];
    }
    file.value = raw;
  };
}
