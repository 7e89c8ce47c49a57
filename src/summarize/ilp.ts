// The same coverage problem as an integer program (Gillick & Favre 2009), solved by HiGHS (wasm):
//   maximise sum_i w_i c_i + sum_j b_j s_j  s.t.  sum_j len_j s_j <= budget,  c_i <= sum_{j covers i} s_j,  s, c binary.
// Chorus's default method does not need it at run time (branch-bound.ts solves these instances exactly and
// deterministically in a few milliseconds, where HiGHS in wasm takes tens to hundreds); it is kept as an
// independent check of that solver's optimality (see test/summarize.test.ts). Load it with loadHighsCover().
import highsModule, { type Highs, type InitOptions } from 'highs';
import type { CoverItem } from './cover.js';

const ILP = {
  /** Relative MIP gap accepted as optimal: small enough that only exact ties remain. */
  mipRelGap: 1e-9,
} as const;

type Loader = (options?: InitOptions) => Promise<Highs>;

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(6);
}

function wrap(parts: string[], lines: string[]): void {
  for (let i = 0; i < parts.length; i += 20) lines.push('  ' + parts.slice(i, i + 20).join(' '));
}

/** The model in CPLEX LP format. */
export function lpModel(items: CoverItem[], weights: number[], budget: number): string {
  const lines: string[] = ['Maximize', ' obj:'];
  const terms: string[] = [];
  weights.forEach((w, k) => { if (w !== 0) terms.push(`${w >= 0 ? '+' : '-'} ${num(Math.abs(w))} c${k}`); });
  items.forEach((it, j) => { if (it.bonus) terms.push(`${it.bonus >= 0 ? '+' : '-'} ${num(Math.abs(it.bonus))} s${j}`); });
  if (terms.length === 0) terms.push('0 s0');
  wrap(terms, lines);
  lines.push('Subject To', ' len:');
  wrap(items.map((it, j) => `+ ${num(it.cost)} s${j}`), lines);
  lines.push(`  <= ${num(budget)}`);
  const holders = weights.map(() => [] as number[]);
  items.forEach((it, j) => { for (const k of it.concepts) holders[k].push(j); });
  holders.forEach((h, k) => {
    if (weights[k] === 0) return;
    lines.push(` k${k}:`);
    wrap([`c${k}`, ...h.map((j) => `- s${j}`)], lines);
    lines.push('  <= 0');
  });
  lines.push('Binary');
  wrap([...items.map((_, j) => `s${j}`), ...weights.map((_, k) => `c${k}`)], lines);
  lines.push('End');
  return lines.join('\n');
}

export type HighsCover = (items: CoverItem[], weights: number[], budget: number) => { chosen: number[]; value: number };

/** Loads HiGHS once and returns an exact solver of the coverage problem (throws if HiGHS does not prove optimality). */
export async function loadHighsCover(): Promise<HighsCover> {
  // The package declares CommonJS types while Node loads its ES module build: the default import is typed as the
  // module namespace but is the loader itself at run time. Accept either shape.
  const imported: unknown = highsModule;
  const loader = (typeof imported === 'function' ? imported : (imported as { default: unknown }).default) as Loader;
  const highs = await loader();
  return (items, weights, budget) => {
    const r = highs.solve(lpModel(items, weights, budget), { output_flag: false, mip_rel_gap: ILP.mipRelGap });
    if (r.Status !== 'Optimal') throw new Error(`HiGHS: expected status Optimal, found ${r.Status}`);
    const chosen = items.map((_, j) => j).filter((j) => (r.Columns[`s${j}`]?.Primal ?? 0) > 0.5);
    return { chosen, value: r.ObjectiveValue };
  };
}
