import { correctionsSchema, type Correction } from '../../src/schemas/correction.ts';
import { parseYamlFields, type YamlFields } from './yaml-file.ts';

export const CORRECTIONS_FILE = 'content/corrections.yaml';

/**
 * `content/corrections.yaml`, parsed: each correction by claim id, and the line its entry starts on,
 * so that a correction that cannot be applied is reported where an editor can find it.
 *
 * @example parseCorrections('c-1:\n  low: 900\n').where('c-1') // 'content/corrections.yaml:1'
 */
export class Corrections extends Map<string, Correction> {
  readonly lines = new Map<string, number>();

  /** `content/corrections.yaml:<line>` for an entry, or the file alone when its line is unknown. */
  where(id: string): string {
    const line = this.lines.get(id);
    return line ? `${CORRECTIONS_FILE}:${line}` : CORRECTIONS_FILE;
  }
}

/**
 * Parse `content/corrections.yaml`, each entry with its line. A bad field of an entry (an impossible
 * or future `statedOn`) is left out with an error naming file and line, and the rest of the entry
 * still applies; malformed YAML, or a file that is not a map of entries, throws an InputError.
 *
 * @example parseCorrectionsFields('c-1:\n  statedOn: 2024-02-30\n  note: n\n').value.get('c-1') // { note: 'n' }
 */
export function parseCorrectionsFields(text: string): YamlFields<Corrections> {
  const { value, errors, keys } = parseYamlFields(CORRECTIONS_FILE, text, correctionsSchema.nullable(), 2);
  const corrections = new Corrections(Object.entries(value ?? {}));
  for (const [id, line] of keys) corrections.lines.set(id, line);
  return { value: corrections, errors };
}

/**
 * The corrections alone, bad fields left out (a worker thread's copy: the main thread reports them).
 *
 * @example parseCorrections('c-2000-0123456789:\n  measure: combat\n').get('c-2000-0123456789') // { measure: 'combat' }
 */
export function parseCorrections(text: string): Corrections {
  return parseCorrectionsFields(text).value;
}

/** An empty set of corrections (no file, or one that could not be read). */
export const noCorrections = (): Corrections => new Corrections();
