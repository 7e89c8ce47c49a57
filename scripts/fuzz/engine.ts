// A coverage-guided fuzzer in plain Node (issue 12, item 7). jazzer.js cannot run here (its native build needs a
// newer glibc), so coverage comes from V8 itself: node:inspector's Profiler.takePreciseCoverage, in block mode,
// after each input. An input that reaches a block of src/ no earlier input reached joins the corpus; new inputs
// are mutations of corpus entries (byte flips, inserts, deletions, repeated chunks, runs of one character,
// dictionary tokens, splices). Seeded and deterministic: the same seed and runs give the same inputs.
//
// Each target's check throws when an input breaks a rule (a crash, a span outside the text, a terminal control in
// the Markdown); the engine adds the time rule (no input past `maxMs`). A breaking input is written to
// test/fixtures/fuzz/ so it replays in `npm test` (test/fuzz-coverage.test.ts).
import { Session } from 'node:inspector';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as prng } from '../random.js';

export const FUZZ = {
  /** Largest input the mutator makes, in bytes: big enough for runs and long tokens past every cap of
   *  src/limits.ts's segment table, small enough for thousands of inputs a second. */
  maxInputBytes: 64 * 1024,
  /** Mutations stacked on one corpus entry, at most. */
  maxStack: 6,
  /** An input that runs longer than this (ms of the process's CPU time, not wall time: on a machine shared with
   *  other jobs the wall clock counts their work too) is a failure (issue 12: no input past 2 s). */
  maxMs: 2000,
  /** Longest run of one character a mutation inserts. */
  maxRun: 12_000,
  /** Most inputs run between two reads of the coverage. Reading it costs ~2 ms (V8 reports every function of every
   *  loaded script), more than a reader spends on most inputs; so once inputs stop reaching new blocks they run in
   *  batches that double up to this size, one read per batch, and a batch that reached something new is replayed
   *  one input at a time to find the inputs that join the corpus (and the batch size starts again at 1). */
  maxCoverageBatch: 64,
} as const;

export { mulberry32 as prng } from '../random.js';

/** Block coverage of the files whose URL contains `scope`, as a growing set of covered blocks. */
export class Coverage {
  private readonly session = new Session();
  private readonly covered = new Set<string>();
  /** Per function: the blocks ever reported unexecuted inside it (V8 omits a block that ran as often as its parent). */
  private readonly known = new Map<string, Set<string>>();

  constructor(private readonly scope: string) {
    this.session.connect();
    this.session.post('Profiler.enable');
    this.session.post('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
  }

  get size(): number {
    return this.covered.size;
  }

  /**
   * Blocks reached since the last call that no call before reached (and resets V8's counters). With `commit`
   * false the blocks are only counted, not remembered: the engine asks so after a batch of inputs, and replays the
   * batch one input at a time (committing) only when the batch reached something new.
   */
  take(commit = true): number {
    let result: { url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[] = [];
    // Same-thread inspector sessions answer synchronously.
    this.session.post('Profiler.takePreciseCoverage', (err, r) => {
      if (err) throw err;
      result = r.result;
    });
    let fresh = 0;
    const seen = new Set<string>();
    const add = (k: string) => {
      if (!this.covered.has(k) && !seen.has(k)) {
        if (commit) this.covered.add(k);
        else seen.add(k);
        fresh++;
      }
    };
    for (const script of result) {
      if (!script.url.includes(this.scope)) continue;
      for (const fn of script.functions) {
        const [top, ...inner] = fn.ranges;
        if (!top || top.count === 0) continue;
        const fk = `${script.url}#${top.startOffset}`;
        add(fk);
        const zero = new Set<string>();
        for (const r of inner) {
          const k = `${fk}:${r.startOffset}-${r.endOffset}`;
          if (r.count === 0) zero.add(k);
          else add(k);
        }
        const blocks = this.known.get(fk);
        if (blocks) for (const k of blocks) if (!zero.has(k)) add(k);
        if (!commit) continue;
        if (blocks) for (const k of zero) blocks.add(k);
        else this.known.set(fk, zero);
      }
    }
    return fresh;
  }

  close(): void {
    this.session.post('Profiler.stopPreciseCoverage');
    this.session.disconnect();
  }
}

/** Mutates `input` with a few stacked edits drawn from `rand`; `dict` holds tokens of the format, `corpus` the splice partners. */
export function mutate(input: Buffer, rand: () => number, dict: readonly Buffer[], corpus: readonly Buffer[], maxBytes: number = FUZZ.maxInputBytes): Buffer {
  let b = Buffer.from(input);
  const int = (n: number) => Math.floor(rand() * n);
  const pos = () => int(b.length + 1);
  const stack = 1 + int(FUZZ.maxStack);
  for (let s = 0; s < stack; s++) {
    switch (int(9)) {
      case 0: // flip a bit
        if (b.length) b[int(b.length)] ^= 1 << int(8);
        break;
      case 1: { // a random byte (often a control or a high byte)
        const p = pos();
        const byte = rand() < 0.5 ? int(0x20) : int(256);
        b = Buffer.concat([b.subarray(0, p), Buffer.from([byte]), b.subarray(p)]);
        break;
      }
      case 2: { // delete a range
        const p = pos();
        const n = 1 + int(Math.min(64, b.length - p + 1));
        b = Buffer.concat([b.subarray(0, p), b.subarray(p + n)]);
        break;
      }
      case 3: { // repeat a chunk: deep nesting, long lists
        const p = pos();
        const chunk = b.subarray(p, p + 1 + int(32));
        const times = 1 + int(rand() < 0.1 ? 2000 : 20);
        b = Buffer.concat([b.subarray(0, p), Buffer.alloc(chunk.length * times, chunk.length ? chunk : ' '), b.subarray(p)]);
        break;
      }
      case 4: { // a run of one character
        const p = pos();
        const ch = Buffer.from([' ', '-', '.', 'a', '\n', '<', '0', '/', '@', '\t', '"', '\u00a0'][int(12)]);
        b = Buffer.concat([b.subarray(0, p), Buffer.alloc(ch.length * (50 + int(FUZZ.maxRun)), ch), b.subarray(p)]);
        break;
      }
      case 5:
      case 6: { // a dictionary token
        const p = pos();
        b = Buffer.concat([b.subarray(0, p), dict[int(dict.length)], b.subarray(p)]);
        break;
      }
      case 7: { // splice with another corpus entry
        const other = corpus[int(corpus.length)];
        const p = pos();
        const q = int(other.length + 1);
        b = Buffer.concat([b.subarray(0, p), other.subarray(q)]);
        break;
      }
      default: { // overwrite a byte with an interesting one
        if (b.length) b[int(b.length)] = [0, 0x1b, 0x7f, 0x80, 0xff, 0xfe, 0x0a, 0x0d, 0x3c, 0x3e, 0x22, 0x26][int(12)];
      }
    }
    if (b.length > maxBytes) b = b.subarray(0, maxBytes);
  }
  return b;
}

export interface Target {
  name: string;
  /** Starting inputs. */
  seeds: Buffer[];
  /** Tokens of the format for the mutator. */
  dict: Buffer[];
  /** Throws when the input breaks a rule. */
  check: (input: Buffer) => void;
  /** Largest input the mutator makes for this target (default FUZZ.maxInputBytes). */
  maxInputBytes?: number;
}

export interface RunResult {
  target: string;
  runs: number;
  corpus: number;
  blocks: number;
  failures: { file: string; error: string }[];
  slowestMs: number;
  seconds: number;
}

/** Where breaking inputs go: one file per input, named by target and content hash. */
export function saveFailure(dir: string, target: string, input: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${target}-${createHash('sha1').update(input).digest('hex').slice(0, 12)}.bin`);
  writeFileSync(file, input);
  return file;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

/** The calling thread's time on a core and waiting for one, in ns, from Linux's /proc/thread-self/schedstat; null
 *  elsewhere. process.cpuUsage counts every thread of the process (V8's garbage-collection and compiler threads
 *  too), this one the thread that runs the check only. */
let schedstat = process.platform === 'linux';
function threadClock(): { runNs: number; waitNs: number } | null {
  if (!schedstat) return null;
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ').map(Number);
    return { runNs: run, waitNs: wait };
  } catch {
    schedstat = false;
    return null;
  }
}

interface Timed {
  error: string | null;
  /** CPU time of the whole process, ms: the time rule's measure. */
  processMs: number;
  userMs: number;
  systemMs: number;
  /** This thread's time on a core, and waiting for one (ms; null where unknown). */
  threadMs: number | null;
  waitMs: number | null;
  wallMs: number;
}

/** Runs the check on one input, timed. */
function timedCheck(t: Target, input: Buffer): Timed {
  const clock0 = threadClock();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let error: string | null = null;
  try {
    t.check(input);
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err);
  }
  const used = process.cpuUsage(cpu0);
  const wallMs = performance.now() - wall0;
  const clock1 = threadClock();
  const thread = clock0 && clock1 ? { run: (clock1.runNs - clock0.runNs) / 1e6, wait: (clock1.waitNs - clock0.waitNs) / 1e6 } : null;
  return {
    error,
    processMs: (used.user + used.system) / 1000,
    userMs: used.user / 1000,
    systemMs: used.system / 1000,
    threadMs: thread?.run ?? null,
    waitMs: thread?.wait ?? null,
    wallMs,
  };
}

/** Where an input's time went, and the heap in use now, in a log line (for slow inputs only: reading the heap costs). */
function describeTime(r: Timed): string {
  const thread = r.threadMs === null ? '' : `, of which this thread ${r.threadMs.toFixed(0)} ms (other threads ${(r.processMs - r.threadMs).toFixed(0)} ms), ${r.waitMs?.toFixed(0)} ms waiting for a core`;
  return `${r.processMs.toFixed(0)} ms of CPU (${r.userMs.toFixed(0)} user + ${r.systemMs.toFixed(0)} system)${thread}, ${r.wallMs.toFixed(0)} ms wall, heap ${mb(process.memoryUsage().heapUsed)} MB after`;
}

/** Runs one target for `runs` inputs from `seed`; breaking inputs are saved to `saveDir` (none saved when null). */
export function fuzzTarget(t: Target, opts: { runs: number; seed: number; maxMs?: number; saveDir: string | null; coverage: Coverage; log?: (line: string) => void; watch?: { start(): void; end(): void } }): RunResult {
  const rand = prng(opts.seed);
  const maxMs = opts.maxMs ?? FUZZ.maxMs;
  const corpus: Buffer[] = [];
  const failures: RunResult['failures'] = [];
  let slowest = 0;
  const t0 = performance.now();
  /** Runs one input through the check and the time rule; the error, or null. */
  const run = (input: Buffer): string | null => {
    opts.watch?.start();
    const first = timedCheck(t, input);
    opts.watch?.end();
    let error = first.error;
    const ms = first.processMs;
    if (ms > maxMs / 4) opts.log?.(`fuzz ${t.name}: slow input ${input.length} bytes: ${describeTime(first)}`);
    if (!error && ms > maxMs) {
      // Past the limit. The same input once more, right away, in the same process: a failure either way, but the
      // message tells an input slow in itself from one slow only in this process's state at that moment (which is
      // how linkedom's per-node WeakMap showed itself: 130 s in a long run, 0.1 s alone; src/read/html-listeners.ts).
      const again = timedCheck(t, input);
      error = `ran ${ms.toFixed(0)} ms of CPU time, past the ${maxMs} ms limit (${describeTime(first)}; ${again.processMs.toFixed(0)} ms of CPU when run again at once)`;
    }
    slowest = Math.max(slowest, ms);
    if (error) {
      const file = opts.saveDir ? saveFailure(opts.saveDir, t.name, input) : '(not saved)';
      failures.push({ file, error });
      opts.log?.(`fuzz ${t.name}: FAILED (${error}) input ${input.length} bytes saved to ${file}`);
    }
    return error;
  };
  /** Runs one input; true when it passed and reached a block no input before it reached. */
  const one = (input: Buffer): boolean => {
    const error = run(input);
    const fresh = opts.coverage.take();
    return !error && fresh > 0;
  };
  // Warm-up, untimed: the first call loads models and tables (the tagger, the gazetteer) once per process.
  try {
    t.check(t.seeds[0]);
  } catch {
    // the timed pass below reports it
  }
  opts.coverage.take(); // what ran before belongs to no input
  for (const s of t.seeds) if (one(s)) corpus.push(s);
  if (corpus.length === 0) corpus.push(...t.seeds.slice(0, 1), Buffer.from(' '));
  let n = t.seeds.length;
  let lastLog = performance.now();
  let batchSize = 1;
  while (n < opts.runs) {
    const batch: Buffer[] = [];
    for (let i = 0; i < batchSize && n < opts.runs; i++) {
      const parent = corpus[Math.floor(rand() * corpus.length)];
      batch.push(mutate(parent, rand, t.dict, corpus, t.maxInputBytes));
      n++;
    }
    if (batch.length === 1) {
      if (one(batch[0])) corpus.push(batch[0]);
      else batchSize = Math.min(2, FUZZ.maxCoverageBatch);
    } else {
      const passed = batch.filter((input) => run(input) === null);
      if (opts.coverage.take(false) > 0) {
        // Something in the batch reached a new block: each input again, alone, to find which.
        for (const input of passed) if (one(input)) corpus.push(input);
        batchSize = 1;
      } else {
        batchSize = Math.min(batchSize * 2, FUZZ.maxCoverageBatch);
      }
    }
    if (opts.log && performance.now() - lastLog > 30_000) {
      lastLog = performance.now();
      const m = process.memoryUsage();
      const cpu = process.cpuUsage();
      opts.log(`fuzz ${t.name}: ${n} inputs, corpus ${corpus.length}, blocks ${opts.coverage.size}, ${((performance.now() - t0) / 1000).toFixed(0)} s, cpu ${(cpu.user / 1e6).toFixed(0)} s user ${(cpu.system / 1e6).toFixed(0)} s system, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, external ${mb(m.external)} MB, rss ${mb(m.rss)} MB`);
    }
  }
  return { target: t.name, runs: n, corpus: corpus.length, blocks: opts.coverage.size, failures, slowestMs: slowest, seconds: (performance.now() - t0) / 1000 };
}
