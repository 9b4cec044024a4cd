import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reviewSchema, type Review } from '../../src/schemas/review.ts';
import { readLimited } from './read-file.ts';
import { fieldsIgnored, InputError, parseYamlFields, type ParsedYaml } from './yaml-file.ts';

/** An editorial review as the site uses it: the claim id (the file name), its front matter, its notes. */
export interface ReviewEntry {
  id: string;
  /** `content/reviews/<id>.md`. */
  file: string;
  data: Review;
  /** The notes, Markdown (rendered sanitised: src/utils/review-notes.ts). */
  body: string;
  /** The line of each front-matter field, so a `supersededBy` naming no claim is reported where it is. */
  lines: Map<string, number>;
}

/** A review is a few paragraphs: far below this. */
const MAX_REVIEW_BYTES = 256 * 1024;

/**
 * Read `content/reviews/*.md`, each a regular file under the size cap (read-file.ts). Each problem is
 * one error naming the file and line: a bad optional field is left out; a review whose verdict,
 * reviewer or date is bad, that has no front matter or cannot be read, is left out whole (the claim
 * keeps its computed label). The others are read.
 *
 * @example readReviews('.').reviews[0] // { id: 'c-11000-a1c3f3b333', file: 'content/reviews/c-11000-a1c3f3b333.md', data: { verdict: 'unattributed', … }, body: '…', lines }
 */
export function readReviews(root: string): { reviews: ReviewEntry[]; errors: string[] } {
  const dir = join(root, 'content', 'reviews');
  const reviews: ReviewEntry[] = [];
  const errors: string[] = [];
  if (!existsSync(dir)) return { reviews, errors };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = `content/reviews/${name}`;
    const read = readLimited(join(dir, name), { limit: MAX_REVIEW_BYTES, regularOnly: true });
    try {
      if (!read.ok) throw new Error(`${file}: ${read.error}`);
      const { value, errors: fields, keys } = parseReview(file, Buffer.from(read.bytes).toString('utf8'));
      errors.push(...fieldsIgnored(fields));
      reviews.push({ id: name.slice(0, -'.md'.length), file, ...value, lines: keys });
    } catch (error) {
      errors.push(`${(error as Error).message} (review ignored)`);
    }
  }
  return { reviews, errors };
}

/**
 * A review file: its YAML front matter, between two lines `---`, validated; the rest is the notes.
 * The YAML handed to the parser starts with the opening `---` (a document start), so its lines are
 * the file's lines.
 *
 * @example parseReview('r.md', '---\nverdict: outlier\nreviewer: D\nreviewedOn: 2025-01-31\n---\nNotes.\n').value.body // 'Notes.\n'
 */
export function parseReview(file: string, text: string): ParsedYaml<{ data: Review; body: string }> {
  const lines = text.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (lines[0]?.trimEnd() !== '---' || end < 0)
    throw new InputError(file, 1, 'no front matter: the file must begin with lines "---", the fields, "---"');
  const { value, errors, keys } = parseYamlFields(file, lines.slice(0, end).join('\n'), reviewSchema, 1);
  return { value: { data: value, body: lines.slice(end + 1).join('\n') }, errors, keys };
}
