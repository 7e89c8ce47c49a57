// Whole-process start of the installed command (bin/chorus.js on the bundle and the code cache that `npm run build`
// makes, bin/load-bundle.js): node's own start, loading the bundle and the work, as a user waits for it. Issue 10's
// targets: --help <= 120 ms, summarize of a 10-article cluster <= 300 ms, brief of the example <= 500 ms. `node -e 0`
// is the floor.
// Each command runs once to warm the file cache, then RUNS times; reports wall time per run, and beside it the
// median CPU time (user + system, from /usr/bin/time when present): on a machine other jobs share, wall time
// follows their load, CPU time much less.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 10;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CHORUS_SHARED ?? resolve(repoRoot, '../shared');
const cluster = join(shared, 'data/duc2003/docs/d30003t');
const TIME = '/usr/bin/time';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function wall(args: string[]): { ms: number[]; cpuMs: number | null } {
  const timed = existsSync(TIME);
  const cpu: number[] = [];
  const run = () => {
    const t0 = performance.now();
    const r = timed
      ? spawnSync(TIME, ['-f', 'chorus-bench-cpu %U %S', process.execPath, ...args], { cwd: repoRoot, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    const m = /chorus-bench-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
    return ms;
  };
  run();
  cpu.length = 0;
  const ms = Array.from({ length: RUNS }, run);
  return { ms, cpuMs: cpu.length ? median(cpu) : null };
}

export async function benchCli(): Promise<{ name: string; ms: number[] }[]> {
  const bin = join(repoRoot, 'bin/chorus.js');
  // Without the code cache the command still runs, slower: say so in the rows rather than report that as its speed.
  const note = existsSync(join(repoRoot, 'dist-cli/chorus.cache')) ? '' : ' [no dist-cli/chorus.cache: run npm run build]';
  const cases: [string, string[]][] = [
    ['process: node -e 0 (the floor)', ['-e', '0']],
    ['process: chorus --help', [bin, '--help']],
    ...(existsSync(cluster) ? [['process: chorus summarize of a 10-article cluster (d30003t)', [bin, 'summarize', cluster]] as [string, string[]]] : []),
    ['process: chorus brief examples/al-qaim', [bin, 'brief', 'examples/al-qaim']],
  ];
  return cases.map(([name, args]) => {
    const r = wall(args);
    return { name: `${r.cpuMs === null ? name : `${name} (median CPU ${r.cpuMs.toFixed(0)} ms)`}${name.includes('chorus') ? note : ''}`, ms: r.ms };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchCli()) process.stdout.write(`${r.name}: median ${median(r.ms).toFixed(0)} ms; ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms\n`);
}
