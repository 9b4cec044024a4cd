import {
  ingestDocument,
  toOutput,
  type ContextText,
  type DocumentJob,
  type DocumentOutput,
  type IngestContext,
} from './ingest-document.ts';
import { runPool } from './worker-pool.ts';

/** How processDocuments runs: thread count, shared inputs, and where results go. */
export interface ProcessOptions {
  /** Worker threads to use; fewer than two processes in this thread. */
  workers: number;
  /** The shared inputs as text (for workers) and parsed (for this thread). */
  text: ContextText;
  context: IngestContext;
  /** Called once per job as its result arrives, in any order. */
  onResult: (index: number, result: DocumentOutput) => void;
  log: (line: string) => void;
}

/**
 * Run documents through the pipeline, on worker threads or in this thread; returns how many
 * worker threads did the work (0: this thread). If the threads fail (they could not start, one
 * died), the documents they had not finished are processed here, with a warning.
 *
 * @example await processDocuments(jobs, { workers: 2, text, context, onResult: (i, r) => …, log }) // 2
 */
export async function processDocuments(jobs: readonly DocumentJob[], options: ProcessOptions): Promise<number> {
  const done = new Array<boolean>(jobs.length).fill(false);
  let ownError: unknown = null;
  const onResult = (i: number, result: DocumentOutput) => {
    done[i] = true;
    try {
      options.onResult(i, result);
    } catch (error) {
      ownError = error;
      throw error;
    }
  };
  const workers = Math.min(options.workers, jobs.length);
  if (workers >= 2) {
    try {
      const script = new URL('./ingest-worker.ts', import.meta.url);
      await runPool<DocumentJob, DocumentOutput>(script, options.text, jobs, workers, onResult);
      return workers;
    } catch (error) {
      if (ownError) throw ownError; // not the threads' fault (a file could not be written): stop
      options.log(`warning: worker threads failed (${(error as Error).message}); processing in the main thread`);
    }
  }
  for (const [i, job] of jobs.entries())
    if (!done[i]) onResult(i, toOutput(await ingestDocument(job, options.context)));
  return 0;
}
