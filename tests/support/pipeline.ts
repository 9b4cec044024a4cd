import { createHash } from 'node:crypto';
import { readCorrections, readRegistry } from '../../scripts/lib/inputs.ts';
import type { Registry } from '../../scripts/extract/attribution/registry.ts';
import type { Sidecar } from '../../src/schemas/source.ts';
import { processFile, processSource } from '../../scripts/pipeline.ts';

let registry: Registry | undefined;
/** The project's registry, loaded once per test file. */
export const projectRegistry = (): Registry => (registry ??= readRegistry());

const inputFor = (text: string, slug: string, sidecar: Sidecar | null = null) => ({
  slug,
  text,
  digest: { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) },
  sidecar,
  registry: projectRegistry(),
  corrections: readCorrections().value,
});

/** Run the whole pipeline over a text, as ingest does (with MDX verification). */
export const runSource = (text: string, slug = 'test-source', sidecar: Sidecar | null = null) =>
  processSource(inputFor(text, slug, sidecar));

/** Run the pipeline and keep every step's `file.data`. */
export const runFile = (text: string, slug = 'test-source') => processFile(inputFor(text, slug));
