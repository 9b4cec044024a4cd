import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { correctionsSchema, type Correction } from '../../src/schemas/correction.ts';
import { parseYaml } from './yaml-file.ts';

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
 * Parse `content/corrections.yaml`; throws an InputError naming file and line.
 *
 * @example parseCorrections('c-2000-0123456789:\n  measure: combat\n').get('c-2000-0123456789') // { measure: 'combat' }
 */
export function parseCorrections(text: string): Corrections {
  const corrections = new Corrections(
    Object.entries(parseYaml(CORRECTIONS_FILE, text, correctionsSchema.nullable()) ?? {}),
  );
  // The text parsed already: read again for where each top-level key stands, never expanding it.
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (isMap(doc.contents)) {
    for (const { key } of doc.contents.items) {
      if (isScalar(key) && key.range) corrections.lines.set(String(key.value), counter.linePos(key.range[0]).line);
    }
  }
  return corrections;
}

/** An empty set of corrections (no file, or one that could not be read). */
export const noCorrections = (): Corrections => new Corrections();
