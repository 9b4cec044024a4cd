import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsSchema, type Correction } from '../../src/schemas/correction.ts';
import { reviewSchema, type Review } from '../../src/schemas/review.ts';
import { sidecarSchema, type Sidecar } from '../../src/schemas/source.ts';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { InputError, parseYaml, parseYamlFields, type YamlFields } from './yaml-file.ts';

/** The project root (the folder with content/). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Load content/reporters.yaml; throws an InputError naming file and line. */
export function readRegistry(root = ROOT): Registry {
  const file = join(root, 'content', 'reporters.yaml');
  return loadRegistry(relative(root, file), readFileSync(file, 'utf8'));
}

/**
 * Load content/corrections.yaml (optional): a bad field of an entry (an impossible or future
 * `statedOn`) is left out, with an error naming file and line; malformed YAML throws an InputError.
 */
export function readCorrectionsFields(root = ROOT): YamlFields<Map<string, Correction>> {
  const file = join(root, 'content', 'corrections.yaml');
  if (!existsSync(file)) return { value: new Map(), errors: [] };
  return parseCorrectionsFields(readFileSync(file, 'utf8'), relative(root, file));
}

/** Load content/corrections.yaml (optional), its bad fields left out; throws an InputError naming file and line. */
export function readCorrections(root = ROOT): Map<string, Correction> {
  return readCorrectionsFields(root).value;
}

/**
 * Parse corrections.yaml's text, each entry's bad fields left out and reported.
 *
 * @example parseCorrectionsFields('c-1:\n  statedOn: 2024-02-30\n  note: n\n').value.get('c-1') // { note: 'n' }
 */
export function parseCorrectionsFields(
  text: string,
  file = 'content/corrections.yaml',
): YamlFields<Map<string, Correction>> {
  const { value, errors } = parseYamlFields(file, text, correctionsSchema.nullable(), 2);
  return { value: new Map(Object.entries(value ?? {})), errors };
}

/** An editorial review as the site uses it: the claim id (the file name), its front matter, its notes. */
export interface ReviewEntry {
  id: string;
  data: Review;
  /** The notes, Markdown (rendered sanitised: src/utils/review-notes.ts). */
  body: string;
}

/**
 * Read `content/reviews/*.md`. Each problem is one error naming the file and line: a bad optional
 * field is left out; a review whose verdict, reviewer or date is bad, or that has no front matter,
 * is left out whole (the claim keeps its computed label). The others are read.
 *
 * @example readReviews().reviews[0] // { id: 'c-11000-a1c3f3b333', data: { verdict: 'unattributed', … }, body: '…' }
 */
export function readReviews(root = ROOT): { reviews: ReviewEntry[]; errors: string[] } {
  const dir = join(root, 'content', 'reviews');
  const reviews: ReviewEntry[] = [];
  const errors: string[] = [];
  if (!existsSync(dir)) return { reviews, errors };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = `content/reviews/${name}`;
    try {
      const { value, errors: fields } = parseReview(file, readFileSync(join(dir, name), 'utf8'));
      errors.push(...fields.map((e) => `${e.message} (field ignored)`));
      reviews.push({ id: name.slice(0, -'.md'.length), ...value });
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
export function parseReview(file: string, text: string): YamlFields<{ data: Review; body: string }> {
  const lines = text.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (lines[0]?.trimEnd() !== '---' || end < 0)
    throw new InputError(file, 1, 'no front matter: the file must begin with lines "---", the fields, "---"');
  const { value, errors } = parseYamlFields(file, lines.slice(0, end).join('\n'), reviewSchema, 1);
  return { value: { data: value, body: lines.slice(end + 1).join('\n') }, errors };
}

/** Load the sidecar beside a source (`x.txt` → `x.yaml`), or null when there is none. */
export function readSidecar(sourcePath: string, root = ROOT): Sidecar | null {
  const file = sourcePath.replace(/\.[^./]+$/, '') + '.yaml';
  if (file === sourcePath || !existsSync(file)) return null;
  return parseYaml(relative(root, file), readFileSync(file, 'utf8'), sidecarSchema.nullable());
}

function relative(root: string, file: string): string {
  return file.startsWith(root + '/') ? file.slice(root.length + 1) : file;
}
