// Time expressions scored as TempEval-3 Task A scores them (UzZaman et al. 2013), on TimeBank 1.2 and AQUAINT as
// cleaned for TempEval-3 (../shared/data/facts-dev/timebank-aquaint), with that folder's scorer (timex_metrics.py).
// Each document is read by timeExpressions (src/facts/dates/timex) with `published` = its creation time (dct);
// system files have the gold file names and {"timexes":[{start,end,type,value}]}.
// Protocol: rules were developed on TimeBank errors until 2026-11-29, with AQUAINT held out whole. Since then AQUAINT
// is split by document (scripts/dev-split.ts): its A half is dev too, its B half stays held out (its errors are
// never printed).
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/eval-timex.ts [--errors [AQUAINT-A]]   (dev misses)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDatesContext, timeExpressions } from '../src/facts/dates.js';
import { goldFiles, halfOf, linkedSubset } from './dev-split.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.CHORUS_SHARED ?? path.join(repoRoot, '..', 'shared'));
const dataDir = path.join(shared, 'data', 'facts-dev', 'timebank-aquaint');
const scorer = path.join(shared, 'data', 'facts-dev', 'timex_metrics.py');

/** The published TempEval-3 test-set figures (value F1 / relaxed extent F1), from facts-dev/README.md. */
const PUBLISHED: [string, number, number][] = [['HeidelTime', 77.61, 90.3], ['NavyTime', 70.97, 90.32], ['SUTime', 67.38, 90.32], ['ClearTK', 64.66, 90.23]];

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
}
interface Doc {
  file: string;
  dct: string;
  text: string;
  timexes: Timex[];
}
interface Prf {
  P: number;
  R: number;
  F1: number;
}
export interface TimexScores {
  part: string;
  docs: number;
  gold: number;
  system: number;
  relaxed: Prf;
  strict: Prf;
  type: Prf;
  value: Prf & { accuracy: number };
}

/** The parts scored: TimeBank (dev), AQUAINT's dev half and its held-out half. */
export type Part = 'TimeBank' | 'AQUAINT-A' | 'AQUAINT-B';
export const PARTS: readonly Part[] = ['TimeBank', 'AQUAINT-A', 'AQUAINT-B'];

/** The folder of a part and its file names. */
function partFiles(part: Part): { dir: string; files: string[] } {
  const dir = path.join(dataDir, part.startsWith('AQUAINT') ? 'AQUAINT' : part);
  const all = goldFiles(dir);
  return { dir, files: part === 'TimeBank' ? all : halfOf(all, part === 'AQUAINT-A' ? 'A' : 'B') };
}

function readDocs(part: Part): Doc[] {
  const { dir, files } = partFiles(part);
  return files
    .map((file) => {
      const d = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { dct: string; text: string; timexes: Timex[] };
      return { file, dct: d.dct, text: d.text, timexes: d.timexes };
    });
}

/** Writes the system files of one part into `out` and scores them with the dataset's scorer. */
export function scorePart(part: Part, out: string): { scores: TimexScores; system: Map<string, Timex[]>; docs: Doc[] } {
  const docs = readDocs(part);
  const context = newDatesContext();
  const system = new Map<string, Timex[]>();
  mkdirSync(out, { recursive: true });
  for (const d of docs) {
    const found = timeExpressions(d.text, d.dct, { context }).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text }));
    system.set(d.file, found);
    writeFileSync(path.join(out, d.file), JSON.stringify({ timexes: found }));
  }
  const { dir, files } = partFiles(part);
  const gold = part === 'TimeBank' ? dir : linkedSubset(dir, files, `${out}-gold`);
  const raw = execFileSync('python3', [scorer, gold, out], { encoding: 'utf8' });
  const s = JSON.parse(raw) as { gold: number; system: number; relaxed: Prf; strict: Prf; type: Prf; value: Prf & { accuracy: number } };
  return { scores: { part, docs: docs.length, gold: s.gold, system: s.system, relaxed: s.relaxed, strict: s.strict, type: s.type, value: s.value }, system, docs };
}

export function scoreAll(): TimexScores[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-timex-'));
  try {
    return PARTS.map((part) => scorePart(part, path.join(tmp, part)).scores);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (x: number) => (100 * x).toFixed(1);

/** The Markdown section for docs/evaluation.md (called by scripts/eval.ts). */
export function timexEvaluationSection(): string[] {
  const rows = scoreAll();
  const md = ['## Time expressions (TempEval-3 Task A)', ''];
  md.push('`timeExpressions` (src/facts/dates/timex) on the TempEval-3 training data, each document anchored on its creation time, scored by `facts-dev/timex_metrics.py` (relaxed = overlapping extents; value F1 = relaxed F1 x value accuracy, the task\'s ranking figure). Rules were written looking at TimeBank errors, and since 2026-11-29 at the errors of the dev half of AQUAINT (A: even documents by name); the B half of AQUAINT (odd documents) is held out. Command: `CHORUS_SHARED=/work/shared node --import tsx scripts/eval-timex.ts`.', '');
  md.push('| set | docs | gold | value F1 | relaxed extent F1 (P / R) | strict extent F1 | type F1 |', '|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const name = r.part === 'AQUAINT-B' ? 'AQUAINT B (held out)' : r.part === 'AQUAINT-A' ? 'AQUAINT A (dev)' : 'TimeBank (dev)';
    md.push(`| ${name} | ${r.docs} | ${r.gold} | ${pct(r.value.F1)} | ${pct(r.relaxed.F1)} (${pct(r.relaxed.P)} / ${pct(r.relaxed.R)}) | ${pct(r.strict.F1)} | ${pct(r.type.F1)} |`);
  }
  md.push('', 'Published on the TempEval-3 test set (value F1 / relaxed extent F1; the hidden set is of that kind):', '', '| system | value F1 | relaxed extent F1 |', '|---|---|---|');
  for (const [n, v, e] of PUBLISHED) md.push(`| ${n} | ${v.toFixed(2)} | ${e.toFixed(2)} |`);
  return md;
}

/** Misses and wrong values of a dev part, for development (never AQUAINT-B: it is held out). */
function printErrors(part: 'TimeBank' | 'AQUAINT-A'): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-timex-'));
  try {
    const { system, docs } = scorePart(part, path.join(tmp, 'sys'));
    for (const d of docs) {
      const sys = system.get(d.file) ?? [];
      const used = new Set<number>();
      for (const g of d.timexes) {
        const j = sys.findIndex((s, k) => !used.has(k) && Math.min(g.end, s.end) > Math.max(g.start, s.start));
        const ctx = d.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\s+/g, ' ');
        if (j < 0) {
          console.log(`MISS\t${g.type}\t${g.value}\t"${g.text}"\t${d.dct}\t… ${ctx} …`);
          continue;
        }
        used.add(j);
        const s = sys[j];
        if (s.value !== g.value || s.type !== g.type) console.log(`VALUE\t${g.type} ${g.value}\tgot ${s.type} ${s.value}\t"${g.text}" vs "${s.text}"\t${d.dct}\t… ${ctx} …`);
      }
      sys.forEach((s, k) => {
        if (!used.has(k)) console.log(`EXTRA\t${s.type}\t${s.value}\t"${s.text}"\t${d.dct}\t… ${d.text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' ')} …`);
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--errors');
  if (at >= 0) printErrors(process.argv[at + 1] === 'AQUAINT-A' ? 'AQUAINT-A' : 'TimeBank');
  else process.stdout.write(timexEvaluationSection().join('\n') + '\n');
}
