// A watchdog for the fuzzer's slow inputs: a worker thread watches which input the main thread is on, and when one
// input has run past `afterMs` of wall time it starts V8's CPU profiler on the main thread (through an inspector
// session connected from the worker, which V8 serves by interrupting the busy thread) and, when the input ends,
// writes the profile to `dir` (open it in Chrome's DevTools or speedscope). It shows where an input's time went
// when the input is slow only inside a long run and fast replayed alone.
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';

interface WatchData {
  shared: SharedArrayBuffer;
  dir: string;
  afterMs: number;
}

/** The worker's code, plain JavaScript (a worker does not inherit the tsx loader): every 50 ms it compares the
 *  input counter with what it saw last. It writes its lines to the file descriptor itself: a worker's
 *  process.stderr goes through the main thread's event loop, which a fuzz run never yields to. */
const WORKER = `
const { workerData } = require('node:worker_threads');
const { Session } = require('node:inspector');
const { readdirSync, readFileSync, writeFileSync, writeSync } = require('node:fs');
// CPU time (user + system, in clock ticks of 10 ms) of each thread of the process, by thread id and name; {} off Linux.
const threads = () => {
  const out = {};
  try {
    for (const id of readdirSync('/proc/self/task')) {
      const stat = readFileSync('/proc/self/task/' + id + '/stat', 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = id === String(process.pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      out[id + ' ' + name] = Number(f[11]) + Number(f[12]);
    }
  } catch {}
  return out;
};
let before = {};
const { join } = require('node:path');
const { shared, dir, afterMs } = workerData;
const state = new Int32Array(shared);
const session = new Session();
session.connectToMainThread();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
let seq = -1, since = 0, profiling = false;
setInterval(() => {
  const now = Date.now();
  const cur = Atomics.load(state, 0);
  const running = Atomics.load(state, 1) === 1;
  if (profiling && (cur !== seq || !running)) {
    profiling = false;
    const input = seq, ms = now - since;
    const after = threads();
    const used = Object.keys(after).map((k) => k + ': ' + (after[k] - (before[k] ?? 0)) * 10 + ' ms').join(', ');
    writeSync(2, 'watchdog: input ' + input + ' CPU by thread while profiled: ' + used + '\\n');
    session.post('Profiler.stop', (err, r) => {
      if (err) return;
      const file = join(dir, 'slow-input-' + input + '-' + ms + 'ms.cpuprofile');
      writeFileSync(file, JSON.stringify(r.profile));
      writeSync(2, 'watchdog: input ' + input + ' ran ' + ms + ' ms of wall time; profile in ' + file + '\\n');
    });
  }
  if (cur !== seq) { seq = cur; since = now; }
  if (!profiling && running && now - since > afterMs) {
    profiling = true;
    before = threads();
    session.post('Profiler.start');
    writeSync(2, 'watchdog: input ' + seq + ' past ' + afterMs + ' ms of wall time, profiling\\n');
  }
}, 50);
`;

/** The main thread's side: `start()` before an input, `end()` after it. */
export class Watchdog {
  private readonly state: Int32Array;
  private readonly worker: Worker;

  constructor(dir: string, afterMs: number) {
    const shared = new SharedArrayBuffer(8);
    this.state = new Int32Array(shared);
    mkdirSync(dir, { recursive: true });
    this.worker = new Worker(WORKER, { eval: true, workerData: { shared, dir, afterMs } satisfies WatchData });
    this.worker.unref();
  }

  start(): void {
    Atomics.add(this.state, 0, 1);
    Atomics.store(this.state, 1, 1);
  }

  end(): void {
    Atomics.store(this.state, 1, 0);
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

