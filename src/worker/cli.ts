// `chorus worker --db URL [--concurrency N] [--until-idle] [--no-briefs] [--lease S]`, and
// `chorus worker --db URL --enqueue PATH... [--batch N]`. Loaded lazily by src/cli/main.ts.
import { readInputs } from '../read/index.js';
import { escapeMessage, jsonText } from '../render/escape.js';
import { READ_LIMITS } from '../read/limits.js';
import { openStore } from '../store/store.js';
import { queueCounts } from '../store/queue.js';
import { enqueueArticles, runWorker, WORKER } from './worker.js';

export interface WorkerCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: () => Promise<Buffer>;
}

export interface WorkerCliOptions {
  db: string;
  enqueue: boolean;
  batch?: number;
  concurrency?: number;
  leaseMs?: number;
  untilIdle: boolean;
  briefs: boolean;
}

/** Warnings that say nothing wrong here: a stream of many stories is what a worker is for. */
const NOT_FOR_STREAM = new Set(['read/several-clusters']);

export async function runWorkerCli(paths: string[], opts: WorkerCliOptions, io: WorkerCliIo): Promise<number> {
  // Input strings (file names, reasons quoting bytes) reach stderr escaped: no control character, no forged line.
  const say = (line: string) => io.stderr.write(`${escapeMessage(line)}\n`);
  if (opts.enqueue) {
    const r = await readInputs(paths, { stdin: io.stdin, allowTitleOnly: true, maxArticles: READ_LIMITS.maxStreamArticles });
    for (const w of r.warnings) if (!NOT_FOR_STREAM.has(w.rule)) say(`chorus: ${w.file ?? w.article ?? 'input'}: ${w.reason}${w.skipped ? ' (skipped)' : ''}`);
    if (r.articles.length === 0) {
      say('chorus: no readable article in the input');
      return 1;
    }
    const store = await openStore(opts.db);
    try {
      const jobs = await enqueueArticles(store, r.articles, opts.batch ?? WORKER.enqueueBatch);
      io.stdout.write(`${jsonText({ queued: jobs, articles: r.articles.length, queue: await queueCounts(store.db) })}\n`);
    } finally {
      await store.close();
    }
    return r.skipped > 0 ? 3 : 0;
  }
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const report = await runWorker({ db: opts.db, concurrency: opts.concurrency, leaseMs: opts.leaseMs, untilIdle: opts.untilIdle, briefs: opts.briefs, log: say }, abort.signal);
    io.stdout.write(`${jsonText(report)}\n`);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return 0;
}
