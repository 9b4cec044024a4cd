import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** A problem in an input file, located for the person who has to fix it. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly detail: string;

  constructor(file: string, line: number | null, detail: string) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** What a lenient read gives: the valid part of the file, and an error for each part left out. */
export interface YamlFields<T> {
  value: T;
  errors: InputError[];
}

/** A lenient read of one YAML document, with where its entries stand. */
export interface ParsedYaml<T> extends YamlFields<T> {
  /** The line of each top-level key (a correction's claim id, a review's field), for later messages. */
  keys: Map<string, number>;
}

/**
 * The messages of fields a lenient read left out, as the ingest and the CLI report them.
 *
 * @example fieldsIgnored([new InputError('a.yaml', 2, 'field "url": …')]) // ['a.yaml:2: field "url": … (field ignored)']
 */
export const fieldsIgnored = (errors: readonly InputError[]): string[] =>
  errors.map((e) => `${e.message} (field ignored)`);

type Path = (string | number)[];

/**
 * Parse and validate a YAML file; errors name the file, the line and the field.
 *
 * @example parseYaml('content/x.yaml', 'a: [', schema) // throws InputError 'content/x.yaml:1: …'
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  return parseYamlFields(file, text, schema, 0).value;
}

/**
 * Parse and validate a YAML file, leaving out what does not validate instead of refusing the file:
 * a value whose path is `depth` keys deep or less is dropped, with an error naming its line and
 * field (`depth` 1: a top-level field; 2: a field of an entry). Malformed YAML, or a problem with the
 * file as a whole, still throws an InputError.
 *
 * @example parseYamlFields('a.yaml', 'url: javascript:x\ntitle: T\n', sidecarSchema, 1) // { value: { title: 'T' }, errors: [InputError 'a.yaml:1: field "url": …'] }
 */
export function parseYamlFields<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  depth: number,
): ParsedYaml<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    const line = first.linePos?.[0].line ?? null;
    // yaml's message repeats the position ("… at line 3, column 1:"): the file:line prefix says it already.
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(file, line, `malformed YAML: ${reason}`);
  }
  const data = toData(file, text, doc);
  const errors: InputError[] = [];
  const dropped = new Map<string, InputError>();
  for (;;) {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data, errors, keys: keyLines(doc, lines) };
    for (const issue of result.error.issues) {
      // An unknown key is reported on the object that holds it: name the key itself.
      const paths: Path[] =
        issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...(issue.path as Path), k]) : [issue.path as Path];
      for (const path of paths) {
        const at = path.slice(0, depth);
        const field = path.length ? `field "${path.join('.')}": ` : '';
        // zod says "expected string, received undefined" of a field left out: say so.
        const detail =
          issue.code === 'invalid_type' && / received undefined$/.test(issue.message) ? 'missing' : issue.message;
        const error = new InputError(file, lineAt(doc, lines, path), `${field}${detail}`);
        const key = JSON.stringify(at);
        // A problem with the file as a whole, or one that dropping its value did not cure, refuses the file.
        if (at.length === 0) throw error;
        if (dropped.has(key)) throw dropped.get(key)!;
        dropped.set(key, error);
        errors.push(error);
        remove(data, at);
      }
    }
  }
}

/** The document as plain data; a document that cannot become data (an alias bomb) is an InputError. */
function toData(file: string, text: string, doc: Document): unknown {
  try {
    return doc.toJS() ?? null;
  } catch (error) {
    // yaml names no place ("Excessive alias count"): the first alias is where the expansion starts.
    const alias = /(?<![\w'"])\*[^\s,\]}]+/.exec(text);
    const line = alias ? text.slice(0, alias.index).split('\n').length : 1;
    throw new InputError(file, line, `malformed YAML: ${(error as Error).message}`);
  }
}

/** The line each top-level key of a mapping stands on; none for any other document. */
function keyLines(doc: Document, lines: LineCounter): Map<string, number> {
  const keys = new Map<string, number>();
  if (!isMap(doc.contents)) return keys;
  for (const { key } of doc.contents.items) {
    if (isScalar(key) && key.range) keys.set(String(key.value), lines.linePos(key.range[0]).line);
  }
  return keys;
}

/**
 * The line of the value at `path`; of the nearest entry holding it when it is missing (a required
 * field left out); line 1 when the file holds nothing.
 */
function lineAt(doc: Document, lines: LineCounter, path: Path): number {
  for (let p = path; ; p = p.slice(0, -1)) {
    const node = p.length ? doc.getIn(p, true) : doc.contents;
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    if (p.length === 0) return 1;
  }
}

function remove(data: unknown, path: Path): void {
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);
  if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[path.at(-1)!];
}
