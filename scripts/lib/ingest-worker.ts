/**
 * A worker thread of the ingest (started by scripts/lib/worker-pool.ts): parses the registry and
 * corrections once from `workerData`, then answers each `{ i, job }` with `{ i, result }`, running
 * the same ingestDocument() as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestDocument, loadContext, toOutput, type ContextText, type DocumentJob } from './ingest-document.ts';

const context = loadContext(workerData as ContextText);
const port = parentPort!;

port.on('message', (message: { i: number; job: DocumentJob }) => {
  void ingestDocument(message.job, context).then((result) => {
    const output = toOutput(result);
    // The bytes are moved, not copied: each array has an ArrayBuffer of its own (see toOutput).
    const buffers = [output.claimsJson, ...(output.mdx ? [output.mdx] : [])].map((a) => a.buffer as ArrayBuffer);
    port.postMessage({ i: message.i, result: output }, buffers);
  });
});
