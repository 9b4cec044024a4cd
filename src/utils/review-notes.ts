import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * What review notes may hold: paragraphs, emphasis, lists, quotations, code, and links to http(s) or
 * mailto addresses or to this site. Everything else (raw HTML, images, attributes beyond `href`) is
 * dropped; so are `javascript:`, `vbscript:` and `data:` links. A reviewer writes prose, and the
 * CSP does not stop a `<meta http-equiv="refresh">` or a `<base>`.
 */
export const NOTES_SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'br', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
};

// remark-rehype without `allowDangerousHtml` already leaves raw HTML out; the sanitiser is the
// allow-list that holds whatever Markdown itself makes (links, images, autolinks).
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, NOTES_SCHEMA).use(rehypeStringify);

/**
 * Review notes (Markdown) as HTML safe to put in a page.
 *
 * @example renderNotes('Read *this* <script>x</script> [link](javascript:alert(1))') // '<p>Read <em>this</em> x <a>link</a></p>'
 */
export function renderNotes(markdown: string): string {
  return String(processor.processSync(markdown));
}
