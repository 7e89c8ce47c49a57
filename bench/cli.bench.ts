// Whole-process start of the installed command (bin/chorus.js on the bundle that `npm run build` makes): node's
// own start, module loading and the work, as a user waits for it. Issue 10's targets: --help <= 120 ms,
// summarize of a 10-article cluster <= 300 ms, brief of the example <= 500 ms. `node -e 0` is the floor.
// Each command runs once to warm the file cache, then RUNS times; reports wall time per run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CHORUS_SHARED ?? resolve(repoRoot, '../shared');
const cluster = join(shared, 'data/duc2003/docs/d30003t');

function wall(args: string[]): number[] {
  const run = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    return performance.now() - t0;
  };
  run();
  return Array.from({ length: RUNS }, run);
}

export async function benchCli(): Promise<{ name: string; ms: number[] }[]> {
  const bin = join(repoRoot, 'bin/chorus.js');
  const out = [
    { name: 'process: node -e 0 (the floor)', ms: wall(['-e', '0']) },
    { name: 'process: chorus --help', ms: wall([bin, '--help']) },
    { name: 'process: chorus brief examples/al-qaim', ms: wall([bin, 'brief', 'examples/al-qaim']) },
  ];
  if (existsSync(cluster)) out.splice(2, 0, { name: 'process: chorus summarize of a 10-article cluster (d30003t)', ms: wall([bin, 'summarize', cluster]) });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchCli()) process.stdout.write(`${r.name}: ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms\n`);
}
