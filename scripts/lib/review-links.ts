import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import { readLimited } from './read-file.ts';

/** A review's `supersededBy`, where it stands: `content/reviews/<claim-id>.md` and the line. */
export interface ReviewLink {
  file: string;
  /** The reviewed claim's id (the file name). */
  id: string;
  supersededBy: string;
  line: number;
}

/** A review is a few paragraphs: far below this. */
const MAX_REVIEW_BYTES = 256 * 1024;

/**
 * The `supersededBy` links of the editorial reviews, with their lines, so the ingest can report one
 * that names no claim. Reads only the frontmatter; a review it cannot read is left to the site's
 * own schema check.
 *
 * @example readReviewLinks('.') // [{ file: 'content/reviews/c-1.md', id: 'c-1', supersededBy: 'c-2', line: 5 }]
 */
export function readReviewLinks(root: string): ReviewLink[] {
  const dir = join(root, 'content', 'reviews');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const read = readLimited(join(dir, name), { limit: MAX_REVIEW_BYTES, regularOnly: true });
      const front = read.ok && /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(Buffer.from(read.bytes).toString('utf8'));
      if (!front) return [];
      const counter = new LineCounter();
      const node = parseDocument(front[1]!, { lineCounter: counter }).get('supersededBy', true);
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
      // The frontmatter starts on the file's second line, after the opening `---`.
      const line = counter.linePos(node.range[0]).line + 1;
      return [{ file: `content/reviews/${name}`, id: name.slice(0, -3), supersededBy: node.value, line }];
    });
}
