// `chorus serve`: opens the store (creating and seeding it with the example story when new), builds the app and
// listens. Beyond loopback a token is required: writes must carry it.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/store.js';
import { redactTarget } from '../store/db.js';
import type { Store } from '../store/types.js';
import { readInputs } from '../read/index.js';
import { buildApp } from './app.js';

/** How the `chorus serve` process's JavaScript heap grows: a service runs for days, not for one command. */
export const SERVE_HEAP = {
  /**
   * After each full collection V8 lets the old generation grow to its live size times a factor it picks from its own
   * speed, up to 4 where memory is plentiful, before the next one. A brief's story data lives long enough to be
   * promoted to the old generation and dies with the request, so under mixed load the old generation climbed from
   * 20 MB live to 90 MB before a full collection brought it back (the process's resident memory +35% in a minute).
   * With the factor at 1 + 20%, V8 collects once the old generation is 20% (at least 8 MB) past its live size: the
   * resident memory stayed within 5% over a minute of mixed load, with no change in the cached-brief latencies or
   * the ingest rate beyond the shared machine's noise (docs/benchmarks.md). The cost is more full collections while
   * a large story's heap grows: the first brief of a 1,000-article story took 11% more CPU (6.0 -> 6.7 s) at a third
   * less peak memory (375 -> 255 MB); at 50% it took about 5% more, but the mixed load's memory rose +6%. The heap's
   * ceiling is unchanged.
   */
  growingPercent: 20,
} as const;

/**
 * Sets SERVE_HEAP for this process (a V8 flag, process-wide: V8 reads it at each full collection). Called by the
 * `chorus serve` command, whose process it is; a program embedding `serve()` keeps its own heap policy.
 */
export function applyServeHeapPolicy(): void {
  setFlagsFromString(`--heap-growing-percent=${SERVE_HEAP.growingPercent}`);
}

export const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);

/** The package root: the nearest folder above this module holding `src/serve/public` (from src/, dist/ or the bundle). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'src', 'serve', 'public', 'index.html'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`chorus serve: expected src/serve/public/index.html above ${fileURLToPath(import.meta.url)}, found none`);
}

/** A new store starts with the example story, so the page shows a brief at once. */
export async function seedExample(store: Store, root: string): Promise<string | null> {
  const dir = join(root, 'examples', 'al-qaim');
  if (!existsSync(dir)) return null;
  const rel = relative(process.cwd(), dir);
  const r = await readInputs([rel.startsWith('..') ? dir : rel]);
  if (r.articles.length === 0) return null;
  const { ids } = await store.addArticles(r.articles);
  return (await store.createStory(ids, r.articles.find((a) => a.title)?.title ?? null)).id;
}

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token: string | null;
  /** Seed the example story into a new database (default true). */
  seed?: boolean;
}

export async function serve(opts: ServeOptions, log: (line: string) => void): Promise<{ close: () => Promise<void>; url: string }> {
  if (!LOOPBACK.has(opts.host) && !opts.token) {
    throw new Error(`listening on ${opts.host} (beyond loopback) needs a token for writes: pass --token TOKEN or set CHORUS_TOKEN`);
  }
  const store = await openStore(opts.db);
  const root = packageRoot();
  if (store.versionBefore === 0 && opts.seed !== false) {
    const id = await seedExample(store, root);
    if (id) log(`chorus serve: new database ${redactTarget(opts.db)}, seeded with the example story ${id}`);
  }
  const app = await buildApp({ store, token: opts.token, publicDir: join(root, 'src', 'serve', 'public') });
  const address = await app.listen({ port: opts.port, host: opts.host });
  log(`chorus serve: ${address} (database ${redactTarget(opts.db)})`);
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { close, url: address };
}
