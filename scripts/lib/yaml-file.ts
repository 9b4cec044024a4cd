import { isNode, LineCounter, parseDocument } from 'yaml';
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

/**
 * Parse and validate a YAML file; errors name the file, the line and the field.
 *
 * @example parseYaml('content/x.yaml', 'a: [', schema) // throws InputError 'content/x.yaml:1: …'
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    const line = first.linePos?.[0].line ?? null;
    // yaml's message repeats the position ("… at line 3, column 1:"): the file:line prefix says it already.
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(file, line, `malformed YAML: ${reason}`);
  }
  const result = schema.safeParse(doc.toJS() ?? null);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const node = doc.getIn(issue.path as (string | number)[], true);
  const offset = isNode(node) && node.range ? node.range[0] : null;
  const line = offset === null ? null : lines.linePos(offset).line;
  const field = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
  throw new InputError(file, line, `${field}${issue.message}`);
}
