import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { splitLines } from '../lib/boilerplate.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** 1-based line of the raw text this paragraph is. */
    line?: number;
    /** What the cleaner made of the line. */
    role?: 'title' | 'paragraph' | 'caption';
  }
}

/**
 * unified parser for raw news text: one mdast paragraph per non-blank line, each with its
 * position in the raw text, so that every later step can point back to the verbatim words.
 *
 * @example unified().use(parseText).parse('Title\n\nBody.') // root with two paragraphs
 */
export const parseText: Plugin<[], string, Root> = function () {
  this.parser = (doc: string): Root => ({
    type: 'root',
    children: splitLines(doc)
      .filter((l) => l.text.trim() !== '')
      .map((l): Paragraph => ({
        type: 'paragraph',
        children: [{ type: 'text', value: l.text }],
        data: { line: l.line },
        position: {
          start: { line: l.line, column: 1, offset: l.start },
          end: { line: l.line, column: l.end - l.start + 1, offset: l.end },
        },
      })),
  });
};
