/** The Perl's text output (printResults) and a JSON form of a ROUGE result. */
import { ROUGE } from './constants.js';
import { fmt5 } from './perl.js';
import type { RougeOptions, RougeResult, RougeSystemResult } from './types.js';

/** Prints numbers as Perl prints a number it has not formatted itself (%.15g). */
function perlNum(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(15)));
}

/** Exactly what ROUGE-1.5.5 prints on stdout for these results and options. */
export function formatPerl(result: RougeResult, options: RougeOptions): string {
  const c = options.confidenceLabel ?? String(options.confidence ?? ROUGE.defaultConfidence);
  const lines: string[] = [];
  for (const sys of result.systems) {
    for (const m of sys.metrics) {
      const tag = `${sys.peerId} ${m.metric}`;
      lines.push(ROUGE.dashes);
      if (options.countMode !== 2) {
        lines.push(`${tag} Average_R: ${fmt5(m.average.R)} (${c}%-conf.int. ${fmt5(m.ci.R[0])} - ${fmt5(m.ci.R[1])})`);
        lines.push(`${tag} Average_P: ${fmt5(m.average.P)} (${c}%-conf.int. ${fmt5(m.ci.P[0])} - ${fmt5(m.ci.P[1])})`);
        lines.push(`${tag} Average_F: ${fmt5(m.average.F)} (${c}%-conf.int. ${fmt5(m.ci.F[0])} - ${fmt5(m.ci.F[1])})`);
      } else {
        const k = m.counts ?? { model: 0, peer: 0, hit: 0 };
        lines.push(
          `${tag} M_count: ${Math.trunc(k.model)} P_count: ${Math.trunc(k.peer)} H_count: ${Math.trunc(k.hit)}`,
        );
      }
      if (options.perEval) {
        lines.push(ROUGE.dots);
        for (const e of m.perEval) {
          const f = options.countMode ? perlNum : fmt5;
          lines.push(`${tag} Eval ${e.testId} R:${f(e.R)} P:${f(e.P)} F:${f(e.F)}`);
        }
      }
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export interface RougeJsonMetric {
  R: number;
  P: number;
  F: number;
  R_ci?: [number, number];
  P_ci?: [number, number];
  F_ci?: [number, number];
}

export type RougeJsonSystem = Record<string, RougeJsonMetric | Record<string, Record<string, RougeJsonMetric>>>;

function systemJson(sys: RougeSystemResult): RougeJsonSystem {
  const out: RougeJsonSystem = {};
  const topics: Record<string, Record<string, RougeJsonMetric>> = {};
  for (const m of sys.metrics) {
    out[m.metric] = { R: m.average.R, P: m.average.P, F: m.average.F, R_ci: m.ci.R, P_ci: m.ci.P, F_ci: m.ci.F };
    for (const e of m.perEval) {
      (topics[e.topic] ??= {})[m.metric] = { R: e.R, P: e.P, F: e.F };
    }
  }
  out.topics = topics;
  return out;
}

/**
 * {"ROUGE-1": {"R", "P", "F", "R_ci", "P_ci", "F_ci"}, ..., "topics": {"<topic>": {"ROUGE-1":
 * {"R", "P", "F"}}}} for a single system; with several systems, {"systems": {"<id>": that}}.
 */
export function toJson(result: RougeResult): Record<string, unknown> {
  if (result.systems.length === 1) return systemJson(result.systems[0]);
  const systems: Record<string, RougeJsonSystem> = {};
  for (const s of result.systems) systems[s.peerId] = systemJson(s);
  return { systems };
}
