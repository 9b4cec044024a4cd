import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS } from '../plugins/claims-to-mdx.ts';

/**
 * Parse generated MDX back the way @astrojs/mdx will and check that it is inert: no ESM, no
 * expressions, no components but ours, one block per source line, and its text exactly as expected.
 * A failure means the serialiser let source text through as code; the document is then not written.
 *
 * @example verifyMdx('<Paragraph line="1"><Claim id="c-1">a</Claim></Paragraph>\n', ['a']) // []
 */
export function verifyMdx(mdx: string, expectedParagraphs: readonly string[]): string[] {
  const problems: string[] = [];
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(mdx);
  const texts: string[] = [];
  visit(tree, (node) => {
    if (
      node.type === 'mdxjsEsm' ||
      node.type.startsWith('mdxFlowExpression') ||
      node.type.startsWith('mdxTextExpression')
    ) {
      problems.push(`unexpected ${node.type} at line ${node.position?.start.line}`);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node) {
      const name = String(node.name);
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) problems.push(`unexpected component <${name}>`);
    }
  });
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    // MDX unravels a paragraph that holds only one element, so the component alone decides the markup.
    const element =
      node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'mdxJsxTextElement';
    if (!element && node.type !== 'mdxJsxFlowElement') {
      problems.push(`unexpected top-level ${node.type} at line ${node.position?.start.line}`);
    }
    texts.push(toString(node).trim());
  }
  if (texts.length !== expectedParagraphs.length) {
    problems.push(`expected ${expectedParagraphs.length} paragraphs, found ${texts.length}`);
  } else {
    texts.forEach((t, i) => {
      // CommonMark turns U+0000 into U+FFFD (it cannot be written in Markdown at all): the page shows
      // the replacement character where the source has a NUL byte; everything else must match.
      if (t !== expectedParagraphs[i]?.replaceAll('\u0000', '\uFFFD').trim())
        problems.push(`paragraph ${i + 1} changed: ${JSON.stringify(t.slice(0, 80))}`);
    });
  }
  return problems;
}
