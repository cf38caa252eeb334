/**
 * A worker thread of the extraction pool: extracts one document a message and answers with its claims or its
 * error. It warms up before saying it is ready, so a document's time limit counts its own work only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims, type ExtractOptions } from '../../extract.js';
import type { Claim } from '../../schema.js';

/** What every document of a batch shares (sent once, when the worker starts). */
export type WorkerSetup = Omit<ExtractOptions, 'referenceDate' | 'docId'>;

export interface WorkerJob {
  text: string;
  referenceDate?: string | Date;
  docId?: string;
  /** Overrides the batch's format for this document (the CLI reads .html files as HTML). */
  format?: 'text' | 'html';
  /** Answer with one JSON string a claim: strings cross threads far cheaper than objects (the CLI writes them). */
  asJson?: boolean;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'claims'; claims: Claim[] }
  | { kind: 'json'; lines: string[] }
  | { kind: 'error'; error: string };

const setup = (workerData ?? {}) as WorkerSetup;
extractClaims('On Monday 3 people were killed in the storm, police said.', setup);

parentPort!.on('message', (job: WorkerJob) => {
  let answer: WorkerMessage;
  try {
    const claims = extractClaims(job.text, { ...setup, referenceDate: job.referenceDate, docId: job.docId, ...(job.format ? { format: job.format } : {}) });
    answer = job.asJson ? { kind: 'json', lines: claims.map((c) => JSON.stringify(c)) } : { kind: 'claims', claims };
  } catch (e) {
    answer = { kind: 'error', error: `extraction failed: ${(e as Error).message}` };
  }
  parentPort!.postMessage(answer);
});
parentPort!.postMessage({ kind: 'ready' } satisfies WorkerMessage);
