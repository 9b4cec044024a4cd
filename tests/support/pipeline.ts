import { createHash } from 'node:crypto';
import { readCorrections, readRegistry } from '../../scripts/lib/inputs.ts';
import type { Registry } from '../../scripts/extract/attribution/registry.ts';
import { processFile, processSource } from '../../scripts/pipeline.ts';

let registry: Registry | undefined;
/** The project's registry, loaded once per test file. */
export const projectRegistry = (): Registry => (registry ??= readRegistry());

const inputFor = (text: string, slug: string) => ({
  slug,
  text,
  digest: { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) },
  sidecar: null,
  registry: projectRegistry(),
  corrections: readCorrections().value,
});

/** Run the whole pipeline over a text, as ingest does (with MDX verification). */
export const runSource = (text: string, slug = 'test-source') => processSource(inputFor(text, slug));

/** Run the pipeline and keep every step's `file.data`. */
export const runFile = (text: string, slug = 'test-source') => processFile(inputFor(text, slug));
