// `chorus cluster PATH... [--db FILE|postgres://...] [--json]`: read articles (headlines without text are valid here), sort them
// by time, assign each to a story. Loaded lazily by src/cli/main.ts.
import { readInputs } from '../read/index.js';
import { outletFromUrl } from '../read/url-outlet.js';
import { READ_LIMITS } from '../read/limits.js';
import type { Warning } from '../types.js';
import { runCluster, type RunResult } from './run.js';
import type { ClusterStore } from '../store/cluster.js';
import { renderStoryTable } from './table.js';
import { escapeMessage, jsonText } from '../render/escape.js';

export interface ClusterCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: () => Promise<Buffer>;
}

/** Inputs at least this long get a progress bar (on a terminal only). */
const PROGRESS_MIN_ARTICLES = 2000;
const BAR_WIDTH = 30;

/** Warnings that say nothing wrong here: a stream of many clusters is what this command is for. */
const NOT_FOR_CLUSTER = new Set(['read/several-clusters']);

export async function runClusterCli(paths: string[], opts: { db?: string; json?: boolean }, io: ClusterCliIo): Promise<number> {
  const r = await readInputs(paths, { stdin: io.stdin, allowTitleOnly: true, maxArticles: READ_LIMITS.maxStreamArticles });
  const warnings: Warning[] = r.warnings.filter((w) => !NOT_FOR_CLUSTER.has(w.rule));
  for (const w of warnings) io.stderr.write(`${escapeMessage(`chorus: ${w.file ?? w.article ?? 'input'}: ${w.reason}${w.skipped ? ' (skipped)' : ''}`)}\n`);
  if (r.articles.length === 0) {
    io.stderr.write('chorus: no readable article in the input\n');
    return 1;
  }
  const bar = io.stderr.isTTY === true && r.articles.length >= PROGRESS_MIN_ARTICLES;
  const progress = bar
    ? (done: number, total: number) => {
        const filled = Math.round((done / total) * BAR_WIDTH);
        io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} articles`);
      }
    : undefined;
  const run = async (store?: ClusterStore) => runCluster(r.articles, { store, hooks: { progress } });
  let res: RunResult;
  if (opts.db) {
    const { openStore } = await import('../store/store.js');
    const { inClusterTransaction } = await import('../store/cluster.js');
    const store = await openStore(opts.db);
    try {
      // The articles go into the store too (idempotent by content), so `chorus serve` on it briefs the stories.
      await store.addArticles(r.articles);
      // One run at a time per database (workers included): the engine's state is read, advanced and written whole.
      res = await inClusterTransaction(store.db, run);
    } finally {
      await store.close();
    }
  } else {
    res = await run();
  }
  if (bar) io.stderr.write(`\r${' '.repeat(BAR_WIDTH + 30)}\r`);
  if (opts.json) {
    io.stdout.write(r.articles.map((a, i) => `${jsonText({ id: a.id, story: res.stories[i], title: a.title, published: a.published, outlet: a.outlet ?? outletFromUrl(a.url) })}\n`).join(''));
  } else {
    const sorted = [...res.summaries].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    io.stdout.write(renderStoryTable(sorted));
    io.stderr.write(`chorus: ${r.articles.length} articles in ${sorted.length} stories${res.known ? ` (${res.known} already stored)` : ''}\n`);
  }
  return r.skipped > 0 ? 3 : 0;
}
