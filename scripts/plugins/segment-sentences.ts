import type { Root } from 'mdast';
import { split } from 'sentence-splitter';
import type { VFile } from 'vfile';
import type { SentenceRef } from '../lib/discourse.ts';

/**
 * Split each kept line into sentences with their offsets in the raw text, using textlint's
 * sentence-splitter (it knows "U.S.", "Lt. Gen.", "Jan. 30", quotes and brackets). A headline or
 * caption is one sentence.
 */
export function segmentSentences() {
  return (tree: Root, file: VFile): void => {
    const sentences: SentenceRef[] = [];
    tree.children.forEach((node, paragraph) => {
      if (node.type !== 'paragraph' || !node.position) return;
      const base = node.position.start.offset ?? 0;
      const text = String(file.value).slice(base, node.position.end.offset);
      const ranges: [number, number][] =
        node.data?.role === 'paragraph'
          ? split(text)
              .filter((n) => n.type === 'Sentence')
              .map((n) => [n.range[0], n.range[1]])
          : [[0, text.length]];
      for (const [a, b] of ranges) {
        const raw = text.slice(a, b);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (!body) continue;
        const start = base + a + lead;
        sentences.push({ start, end: start + body.length, text: body, paragraph });
      }
    });
    file.data.sentences = sentences;
  };
}
