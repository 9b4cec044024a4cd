import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { literalText } from '../../scripts/lib/markdown-text.ts';

const options: Options = { unsafe: [{ character: 'i', atBreak: true, after: 'mport' }] };
const stock = unified().use(remarkFrontmatter).use(remarkMdx).use(remarkStringify, options).freeze();
const fast = unified()
  .use(remarkFrontmatter)
  .use(remarkMdx)
  .use(remarkStringify, { ...options, handlers: { text: literalText } })
  .freeze();

/** Text made mostly of characters Markdown or MDX could read as markup. */
const text = fc
  .array(fc.constantFrom(...'ab 1._*\\`[]()!<>&#{}-+=~|^\n\r\t\u0000'.split(''), 'mport', '\\!'), { maxLength: 20 })
  .map((units) => units.join(''));

const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.array(
  fc.oneof(
    text.map((value): PhrasingContent => ({ type: 'text', value })),
    text.map((value): PhrasingContent => ({
      type: 'mdxJsxTextElement',
      name: 'Claim',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'c-1' }],
      children: [{ type: 'text', value }],
    })),
    text.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })),
  ),
  { minLength: 1, maxLength: 4 },
);

describe('literalText', () => {
  it('writes the same Markdown as the stock text handler, for any text in any phrasing', () => {
    fc.assert(
      fc.property(fc.array(phrasing, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const tree: Root = { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) };
        expect(fast.stringify(tree)).toBe(stock.stringify(tree));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes plain prose as it is', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Some 11,000 troops.' }] }],
    };
    expect(fast.stringify(tree)).toBe('Some 11,000 troops.\n');
  });
});
