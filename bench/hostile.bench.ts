// The hostile-input corpus (scripts/hostile-corpus.ts) through the whole CLI, each case in its own process under a
// time limit: wall time, peak memory (GNU time's maximum resident set), exit code, and whether any terminal
// control reached stdout or stderr. A case fails when it runs past the limit or the memory budget, ends with an
// exit code it should not, or lets a control byte through. Run by `npm run bench`, or alone:
//   node --import tsx bench/hostile.bench.ts [--only REGEX] [--timeout S]
// CHORUS_BIN picks the command to run (default bin/chorus.js, the built code).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { corpusDir, makeCorpus, type HostileCase } from '../scripts/hostile-corpus.js';

/** The issue's budget for every hostile case. */
export const HOSTILE_BUDGET = { seconds: 15, rssMb: 1536 } as const;

export interface HostileRow {
  name: string;
  seconds: number;
  rssMb: number;
  exit: number | null;
  timedOut: boolean;
  controls: boolean;
  stderr: string;
  stdoutHash: string;
  ok: boolean;
}

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

async function runCase(c: HostileCase, bin: string, timeoutS: number): Promise<HostileRow> {
  const timeFile = join(tmpdir(), `chorus-hostile-time-${process.pid}`);
  const cmd = `timeout --foreground -s KILL ${timeoutS} ${shellQuote(process.execPath)} ${shellQuote(bin)}`;
  const line = c.shell ? c.shell.replaceAll('CHORUS', cmd) : `${cmd} ${c.args.map(shellQuote).join(' ')}`;
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%M', 'bash', '-c', line], {
    cwd: repo, env: { ...process.env, ...c.env }, stdio: [c.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const out = createHash('sha256');
  let stdoutHead = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    out.update(d);
    if (stdoutHead.length < 1_000_000) stdoutHead += d.toString('latin1');
  });
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 100_000) stderr += d.toString('latin1');
  });
  if (c.stdin && child.stdin) {
    const sink = child.stdin;
    sink.setMaxListeners(0);
    sink.on('error', () => undefined); // the CLI may refuse early and close its end: that is the point
    let sent = 0;
    const chunk = c.stdin.chunk();
    while (sent < c.stdin.bytes && !sink.destroyed) {
      if (!sink.write(chunk)) await new Promise((r) => { sink.once('drain', r); sink.once('close', r); });
      sent += chunk.length;
    }
    sink.end();
  }
  const code: number | null = await new Promise((r) => child.on('close', (c2) => r(c2)));
  const seconds = (performance.now() - t0) / 1000;
  const rssKb = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) || 0 : 0;
  rmSync(timeFile, { force: true });
  const timedOut = code === 137 || seconds >= timeoutS;
  // stderr lines may quote the input, but only with controls escaped; Markdown on stdout has none either.
  const controls = CONTROL.test(stdoutHead.replace(/[\n\t]/g, '')) || CONTROL.test(stderr.replace(/[\n\t]/g, ''));
  const rssMb = rssKb / 1024;
  const ok = !timedOut && code !== null && c.exits.includes(code) && !controls && rssMb <= HOSTILE_BUDGET.rssMb && (code === 0 || stderr.includes('chorus'));
  return { name: c.name, seconds, rssMb, exit: code, timedOut, controls, stderr, stdoutHash: out.digest('hex'), ok };
}

export async function runHostile(opts: { only?: string; timeoutS?: number; bin?: string } = {}): Promise<HostileRow[]> {
  const dir = corpusDir();
  const cases = makeCorpus(dir).filter((c) => !opts.only || new RegExp(opts.only).test(c.name));
  const bin = opts.bin ?? process.env.CHORUS_BIN ?? join(repo, 'bin/chorus.js');
  const rows: HostileRow[] = [];
  for (const c of cases) {
    const row = await runCase(c, bin, opts.timeoutS ?? HOSTILE_BUDGET.seconds * 2);
    if (row.seconds > HOSTILE_BUDGET.seconds) row.ok = false;
    rows.push(row);
    process.stderr.write(`hostile: ${row.ok ? 'ok  ' : 'FAIL'} ${row.name}: ${row.seconds.toFixed(1)} s, ${row.rssMb.toFixed(0)} MB, exit ${row.exit}${row.timedOut ? ' (killed)' : ''}${row.controls ? ' (control bytes in output)' : ''}\n`);
  }
  // The same input must give the same bytes under any locale and time zone.
  const locales = rows.filter((r) => r.name.startsWith('locale '));
  if (locales.length === 2 && locales[0].stdoutHash !== locales[1].stdoutHash) {
    for (const r of locales) r.ok = false;
    process.stderr.write('hostile: FAIL the output differs between locales\n');
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

/** For bench/run.ts: one row per case. */
export async function benchHostile(): Promise<{ name: string; ms: number[]; rssMb?: number; failed?: boolean }[]> {
  const rows = await runHostile();
  return rows.map((r) => ({ name: `hostile: ${r.name} (exit ${r.exit}${r.ok ? '' : ', FAILED'})`, ms: [r.seconds * 1000], rssMb: r.rssMb, failed: !r.ok }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const rows = await runHostile({ only: arg('--only'), timeoutS: arg('--timeout') ? Number(arg('--timeout')) : undefined });
  process.stdout.write('| case | s | peak RSS MB | exit | ok | first stderr line |\n|---|---:|---:|---:|---|---|\n');
  for (const r of rows) {
    const first = (r.stderr.split('\n')[0] ?? '').replace(/\|/g, '\\|').replace(CONTROL, '?').slice(0, 120);
    process.stdout.write(`| ${r.name} | ${r.seconds.toFixed(1)} | ${r.rssMb.toFixed(0)} | ${r.exit} | ${r.ok ? 'yes' : 'NO'} | ${first} |\n`);
  }
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
