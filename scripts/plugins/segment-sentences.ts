import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SentenceRef } from '../extract/text/sentences.ts';
import { splitSentences } from '../extract/text/sentences.ts';
import { splitRow } from '../extract/text/tables.ts';

/**
 * Split each kept line into sentences with their offsets in the raw text (lib/sentences.ts: the
 * Unicode segmenter, repaired for "U.S.", "Lt. Gen.", "Jan. 30", "10 a.m.", quotes and brackets).
 * A headline or caption is one sentence.
 */
export function segmentSentences() {
  return (tree: Root, file: VFile): void => {
    const sentences: SentenceRef[] = [];
    tree.children.forEach((node, paragraph) => {
      if (node.type !== 'paragraph' || !node.position) return;
      const base = node.position.start.offset ?? 0;
      const text = String(file.value).slice(base, node.position.end.offset);
      // A headline, a caption or a table row is one sentence.
      const whole = node.data?.role !== 'paragraph' || splitRow(text) !== null;
      const ranges: [number, number][] = whole ? [[0, text.length]] : splitSentences(text);
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
