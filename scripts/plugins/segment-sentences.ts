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
      const ranges: [number, number][] = node.data?.role === 'paragraph' ? splitSentences(text) : [[0, text.length]];
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

/**
 * Sentence ranges of one line. A "sentence" that starts with a lower-case letter continues the one
 * before ("at 10 a.m. in New York"): the splitter took an abbreviation for a full stop.
 *
 * @example splitSentences('They met at 10 a.m. in Seoul. He left.') // [[0, 29], [30, 38]]
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const [a, b] = node.range;
    const last = out[out.length - 1];
    if (last && /^\p{Ll}/u.test(text.slice(a, b).trimStart())) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}
