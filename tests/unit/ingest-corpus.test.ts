import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocument, loadVoices } from '../../bench/generate-corpus.ts';
import { scoreDocument, type PlantedScore } from '../../bench/lib/score.ts';
import { ingestDocument, loadContext } from '../../scripts/lib/ingest-document.ts';

const registryPath = join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml');
const voices = loadVoices(registryPath);

describe('generateDocument() writes synthetic news', () => {
  it('gives the same document for the same seed and index, whatever else was generated', () => {
    expect(generateDocument(7, voices, 3)).toEqual(generateDocument(7, voices, 3));
    expect(generateDocument(7, voices, 3).text).not.toBe(generateDocument(7, voices, 4).text);
    expect(generateDocument(7, voices, 3).text).not.toBe(generateDocument(8, voices, 3).text);
  });

  it('writes news-sized documents with about ten figures each', () => {
    const docs = Array.from({ length: 50 }, (_, i) => generateDocument(i, voices));
    const bytes = docs.map((d) => Buffer.byteLength(d.text));
    const mean = bytes.reduce((a, b) => a + b, 0) / docs.length;
    expect(mean).toBeGreaterThan(3500);
    expect(mean).toBeLessThan(5000);
    for (const d of docs) expect(d.planted.length).toBeGreaterThanOrEqual(8);
    for (const d of docs) expect(d.planted.length).toBeLessThanOrEqual(12);
  });
});

describe('the extractor on synthetic documents (a recall check)', () => {
  it('finds most planted figures, with their measure and reporter', async () => {
    const context = loadContext({ registry: readFileSync(registryPath, 'utf8'), corrections: null });
    const scores: PlantedScore[] = [];
    for (let i = 0; i < 40; i++) {
      const doc = generateDocument(i, voices);
      const result = await ingestDocument(
        { name: doc.name, bytes: Buffer.from(doc.text), sidecar: doc.sidecar },
        context,
      );
      expect(result.ok).toBe(true);
      scores.push(...scoreDocument(doc, result.claims).scores);
    }
    const found = scores.filter((s) => s.found);
    // Tolerant lower bounds: the extractor is improving; these catch a collapse, not a point.
    expect(found.length / scores.length).toBeGreaterThan(0.9);
    expect(found.filter((s) => s.measureOk).length / found.length).toBeGreaterThan(0.9);
    expect(found.filter((s) => s.reporterOk).length / found.length).toBeGreaterThan(0.85);
  });
});
