import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS } from '../plugins/claims-to-mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).freeze();

/** Characters through which text could become markup, code or an escape; a line without them is literal. */
const RISKY = /[*_`[\]<>{}&\\#!|~^\t\u0000-\u001f\u007f]/;
/** The components the pipeline writes, with their only attributes (line numbers and claim ids). */
const OUR_TAGS = /<\/?(?:Paragraph|Headline|Caption|Claim|ClaimRepeat)(?: (?:line|id|of)="[a-z0-9-]*")?>/g;

/**
 * Check generated MDX: parse back the way @astrojs/mdx will every line whose text holds a character
 * that could make markup or code, and check that it is inert: no ESM, no expressions, no components
 * but ours, one block per source line, and its text exactly as expected. A line made only of letters,
 * digits, spaces and harmless punctuation is checked more cheaply: between our own tags, its text must
 * stand in the MDX letter for letter (nothing in it can be read as anything but text). A failure means
 * the serialiser let source text through as code; the document is then not written.
 *
 * @example verifyMdx('---\nslug: a\n---\n\n<Paragraph line="1"><Claim id="c-1">a</Claim></Paragraph>\n', ['a']) // []
 */
export function verifyMdx(mdx: string, expectedParagraphs: readonly string[]): string[] {
  const body = mdx.startsWith('---\n') ? mdx.slice(mdx.indexOf('\n---\n', 4) + 5) : mdx;
  const blocks = body
    .split('\n\n')
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length !== expectedParagraphs.length) return parseAndCheck(mdx, expectedParagraphs);
  const risky: number[] = [];
  blocks.forEach((block, i) => {
    const text = expectedParagraphs[i]!;
    if (RISKY.test(text) || block.replace(OUR_TAGS, '') !== text.trim()) risky.push(i);
  });
  if (risky.length === 0) return [];
  return parseAndCheck(
    risky.map((i) => blocks[i]).join('\n\n'),
    risky.map((i) => expectedParagraphs[i]!),
  );
}

/** Parse MDX with the reference parser and check every node (see verifyMdx). */
function parseAndCheck(mdx: string, expectedParagraphs: readonly string[]): string[] {
  const problems: string[] = [];
  const tree = parser.parse(mdx);
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
