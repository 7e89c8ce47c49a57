/**
 * ROUGE-1.5.5 (Lin 2004) in TypeScript: evaluateRouge() scores every peer of every topic as the
 * Perl script run with -a does, metric by metric, with its rounding, clipping and bootstrap.
 */
import { computeAverages } from './average.js';
import { ROUGE } from './constants.js';
import { clippedHits, ngramBag, skipBigramBag, type GramBag } from './counts.js';
import { unionLcs } from './lcs.js';
import { fmt5, lowerAscii, round5, toByteString } from './perl.js';
import { readText, readTextLcs, tokens, type TokenizerOptions } from './text.js';
import type {
  RougeEvalScore,
  RougeMetricResult,
  RougeOptions,
  RougeResult,
  RougeSummary,
  RougeSystemResult,
  RougeTopic,
} from './types.js';

/** A summary read the way the Perl reads it, tokenized once for every metric. */
interface Prepared {
  /** createNGram tokens of readText (the whole text). */
  tokens: string[];
  /** tokenizeText_LCS tokens of readText_LCS, one array per sentence. */
  sentences: string[][];
  /** Memoized bags, keyed by metric. */
  bags: Map<string, GramBag>;
}

type Metric =
  | { kind: 'N'; n: number; label: string }
  | { kind: 'L'; label: string }
  | { kind: 'W'; weight: number; label: string }
  | { kind: 'S'; unigrams: boolean; label: string };

/** The metrics in the Perl's printing order. */
export function metricsOf(o: RougeOptions): Metric[] {
  const out: Metric[] = [];
  for (let n = 1; n <= (o.maxNgram ?? 0); n++) out.push({ kind: 'N', n, label: `ROUGE-${n}` });
  if (!o.noLcs) out.push({ kind: 'L', label: 'ROUGE-L' });
  if (o.wlcsWeight !== undefined) {
    out.push({ kind: 'W', weight: o.wlcsWeight, label: `ROUGE-W-${o.wlcsLabel ?? String(o.wlcsWeight)}` });
  }
  if (o.skipDistance !== undefined) {
    const d = o.skipDistance >= 0 ? String(o.skipDistance) : '*';
    if (o.skipUnigrams) out.push({ kind: 'S', unigrams: true, label: `ROUGE-SU${d}` });
    else {
      out.push({ kind: 'S', unigrams: false, label: `ROUGE-S${d}` });
      if (o.skipBoth) out.push({ kind: 'S', unigrams: true, label: `ROUGE-SU${d}` });
    }
  }
  return out;
}

function checkOptions(o: RougeOptions): void {
  if ((o.wordLimit ?? 0) !== 0 && (o.byteLimit ?? 0) !== 0) {
    throw new Error('ROUGE options: expected a length limit in words (-l) or in bytes (-b), found both');
  }
  const alpha = o.alpha ?? ROUGE.defaultAlpha;
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`ROUGE options: expected -p alpha within [0, 1], found ${alpha}`);
  const c = o.confidence ?? ROUGE.defaultConfidence;
  if (!(c >= 0 && c <= 100)) throw new Error(`ROUGE options: expected -c within [0, 100], found ${c}`);
  const r = o.resamples ?? ROUGE.defaultResamples;
  if (!(Number.isInteger(r) && r >= 1)) throw new Error(`ROUGE options: expected -r a positive integer, found ${r}`);
  if (o.wlcsWeight !== undefined && !(o.wlcsWeight > 0)) {
    throw new Error(`ROUGE options: expected -w weight greater than 0, found ${o.wlcsWeight}`);
  }
  if (o.maxNgram !== undefined && !(Number.isInteger(o.maxNgram) && o.maxNgram >= 0)) {
    throw new Error(`ROUGE options: expected -n a non-negative integer, found ${o.maxNgram}`);
  }
}

function prepare(s: RougeSummary, o: RougeOptions, tok: TokenizerOptions): Prepared {
  const raw = s.sentences.map((x) => lowerAscii(s.bytes ? x : toByteString(x)));
  const wl = o.wordLimit ?? 0;
  const bl = o.byteLimit ?? 0;
  const text = readText(raw, wl, bl);
  return {
    tokens: text === null ? [] : tokens(text, tok),
    sentences: readTextLcs(raw, wl, bl).map((x) => tokens(x, tok)),
    bags: new Map(),
  };
}

function bagOf(p: Prepared, m: Metric, o: RougeOptions): GramBag {
  const key = m.kind === 'N' ? `N${m.n}` : m.kind === 'S' ? `S${m.unigrams ? 'U' : ''}` : 'N1';
  let bag = p.bags.get(key);
  if (!bag) {
    bag =
      m.kind === 'S'
        ? skipBigramBag(p.tokens, o.skipDistance ?? -1, m.unigrams)
        : ngramBag(p.tokens, m.kind === 'N' ? m.n : 1);
    p.bags.set(key, bag);
  }
  return bag;
}

interface Totals {
  model: number;
  peer: number;
  hit: number;
}

/** computeNGramScore / computeSkipBigramScore / computeLCSScore / computeWLCSScore for one pair. */
function scorePair(m: Metric, peer: Prepared, models: Prepared[], o: RougeOptions): [number, number, number, Totals] {
  const best = o.scoreMode === 'B';
  let t: Totals = { model: 0, peer: 0, hit: 0 };
  let bestScore = -1;
  const take = (score: number, x: Totals): void => {
    if (!best) {
      t.model += x.model;
      t.peer += x.peer;
      t.hit += x.hit;
    } else if (score > bestScore) {
      bestScore = score;
      t = x;
    }
  };
  if (m.kind === 'N' || m.kind === 'S') {
    const pb = bagOf(peer, m, o);
    for (const model of models) {
      const mb = bagOf(model, m, o);
      const hit = clippedHits(mb, pb);
      take(mb.count !== 0 ? round5(hit / mb.count) : 0, { model: mb.count, peer: pb.count, hit });
    }
  } else {
    const weight = m.kind === 'W' ? m.weight : undefined;
    const pu = bagOf(peer, m, o);
    for (const model of models) {
      const mu = bagOf(model, m, o);
      const r = unionLcs(model.sentences, peer.sentences, new Map(mu.grams), new Map(pu.grams), weight);
      if (weight === undefined) {
        take(r.base > 0 ? r.hit / r.base : 0, { model: r.base, peer: pu.count, hit: r.hit });
      } else {
        const score = r.base > 0 ? Math.pow(r.hit / r.base, 1 / weight) : 0;
        take(score, { model: Math.pow(r.base, weight), peer: Math.pow(pu.count, weight), hit: r.hit });
      }
    }
  }
  const inv = (x: number): number => (m.kind === 'W' ? Math.pow(x, 1 / m.weight) : x);
  const R = t.model !== 0 ? round5(inv(t.hit / t.model)) : 0;
  const P = t.peer !== 0 ? round5(inv(t.hit / t.peer)) : 0;
  const alpha = o.alpha ?? ROUGE.defaultAlpha;
  const den = (1 - alpha) * P + alpha * R;
  const F = den > 0 ? round5((P * R) / den) : 0;
  return [R, P, F, t];
}

/** Scores every peer id found in the topics (the Perl's -a), ids in string order. */
export function evaluateRouge(options: RougeOptions, topics: RougeTopic[], peerIds?: string[]): RougeResult {
  checkOptions(options);
  const tok: TokenizerOptions = { stem: !!options.stem, removeStopwords: !!options.removeStopwords };
  const cache = new WeakMap<RougeSummary, Prepared>();
  const get = (s: RougeSummary): Prepared => {
    let p = cache.get(s);
    if (!p) cache.set(s, (p = prepare(s, options, tok)));
    return p;
  };
  const ids = peerIds ?? [...new Set(topics.flatMap((t) => t.peers.map((p) => p.id)))].sort();
  const warnings: string[] = [];
  const systems: RougeSystemResult[] = [];
  const metrics = metricsOf(options);
  for (const peerId of ids) {
    for (const t of topics) {
      if (!t.peers.some((p) => p.id === peerId)) {
        warnings.push(`*ROUGE Warning: test instance for peer ${peerId} does not exist for evaluation ${t.id}`);
      }
    }
    const results: RougeMetricResult[] = [];
    for (const m of metrics) {
      const scores = new Map<string, [number, number, number]>();
      const perEval: RougeEvalScore[] = [];
      for (const t of topics) {
        const peer = t.peers.find((p) => p.id === peerId);
        if (!peer) continue;
        const testId = `${t.id}.${peerId}`;
        if (scores.has(testId)) continue;
        const [R, P, F, tot] = scorePair(m, get(peer), t.models.map(get), options);
        const row: [number, number, number] = options.countMode ? [tot.model, tot.peer, tot.hit] : [R, P, F];
        scores.set(testId, row);
        perEval.push({ testId, topic: t.id, R: row[0], P: row[1], F: row[2] });
      }
      const av = computeAverages(scores, {
        resamples: options.resamples ?? ROUGE.defaultResamples,
        confidence: options.confidence ?? ROUGE.defaultConfidence,
        alpha: options.alpha ?? ROUGE.defaultAlpha,
        countMode: options.countMode === 1 || options.countMode === 2 ? options.countMode : undefined,
      });
      results.push({
        metric: m.label,
        average: { R: av.avg[0], P: av.avg[1], F: av.avg[2] },
        ci: { R: [av.ciLow[0], av.ciHigh[0]], P: [av.ciLow[1], av.ciHigh[1]], F: [av.ciLow[2], av.ciHigh[2]] },
        counts: options.countMode ? { model: av.sums[0], peer: av.sums[1], hit: av.sums[2] } : undefined,
        perEval: perEval.sort((a, b) => byEvalId(a.testId, b.testId)),
      });
    }
    systems.push({ peerId, metrics: results });
  }
  return { systems, warnings };
}

/** The Perl's by_evalID: numeric on leading digits when both have them, else string order. */
export function byEvalId(a: string, b: string): number {
  const ma = /^([0-9]+)/.exec(a);
  const mb = /^([0-9]+)/.exec(b);
  if (ma && mb) return Number(ma[1]) - Number(mb[1]);
  return a < b ? -1 : a > b ? 1 : 0;
}

export { fmt5 };
