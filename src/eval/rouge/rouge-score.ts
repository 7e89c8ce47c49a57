/**
 * Google's rouge-score package (rouge_scorer.RougeScorer): rougeN, rougeL (one LCS over the
 * whole text) and rougeLsum (summary-level union LCS over newline-separated sentences), with its
 * own tokenizer. Several references: the best one by F-measure (score_multi, first on ties).
 * Topic averages are plain means (its BootstrapAggregator's mid is random; not reproduced).
 * Stemming uses a port of NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode
 * (porter-nltk.ts), the stemmer rouge-score calls, not ROUGE-1.5.5's Porter (1980) stemmer: the
 * two differ on some words (e.g. -ies, -ly, "dying").
 */
import { nltkPorterStem } from './porter-nltk.js';
import { ngramCounts } from '../../text/words.js';
import type { RougeTopic } from './types.js';

export interface RougeScoreOptions {
  /** rouge1 .. rougeN (default 2). */
  maxNgram?: number;
  /** NLTK Porter stemming of tokens longer than 3 characters. */
  stem: boolean;
}

export interface RougeScoreTriple {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface RougeScoreResult {
  types: string[];
  systems: {
    peerId: string;
    average: Record<string, RougeScoreTriple>;
    topics: { topic: string; scores: Record<string, RougeScoreTriple> }[];
  }[];
}

/** rouge_score.tokenize: lowercase, non [a-z0-9] to spaces, optional stemming of long tokens. */
export function rougeScoreTokens(text: string, stem: boolean): string[] {
  const out: string[] = [];
  for (const t of text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/)) {
    const s = stem && t.length > 3 ? nltkPorterStem(t) : t;
    if (/^[a-z0-9]+$/.test(s)) out.push(s);
  }
  return out;
}

function fmeasure(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}


function scoreNgrams(target: Map<string, number>, pred: Map<string, number>): RougeScoreTriple {
  let inter = 0;
  let tc = 0;
  let pc = 0;
  for (const [g, c] of target) {
    inter += Math.min(c, pred.get(g) ?? 0);
    tc += c;
  }
  for (const c of pred.values()) pc += c;
  const precision = inter / Math.max(pc, 1);
  const recall = inter / Math.max(tc, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function lcsTable(ref: string[], can: string[]): Int32Array[] {
  const t: Int32Array[] = [];
  for (let i = 0; i <= ref.length; i++) t.push(new Int32Array(can.length + 1));
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      t[i][j] = ref[i - 1] === can[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t;
}

function scoreLcs(target: string[], pred: string[]): RougeScoreTriple {
  if (target.length === 0 || pred.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsTable(target, pred)[target.length][pred.length];
  const precision = lcs / pred.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** _backtrack_norec: indices into ref of one LCS (ties go "up", i.e. i-1). */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i][j - 1] > t[i - 1][j]) j--;
    else i--;
  }
  return out;
}

function scoreLsum(refSents: string[][], canSents: string[][]): RougeScoreTriple {
  const zero = { precision: 0, recall: 0, fmeasure: 0 };
  if (refSents.length === 0 || canSents.length === 0) return zero;
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return zero;
  const cr = new Map<string, number>();
  const cc = new Map<string, number>();
  for (const s of refSents) for (const t of s) cr.set(t, (cr.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) cc.set(t, (cc.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of canSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i];
      if ((cc.get(t) ?? 0) > 0 && (cr.get(t) ?? 0) > 0) {
        hits++;
        cc.set(t, (cc.get(t) ?? 0) - 1);
        cr.set(t, (cr.get(t) ?? 0) - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** RougeScorer(types, use_stemmer).score(target, prediction) for one pair of texts. */
export function rougeScorePair(target: string, prediction: string, types: string[], stem: boolean): Record<string, RougeScoreTriple> {
  const out: Record<string, RougeScoreTriple> = {};
  const tt = rougeScoreTokens(target, stem);
  const pt = rougeScoreTokens(prediction, stem);
  for (const type of types) {
    if (type === 'rougeL') out[type] = scoreLcs(tt, pt);
    else if (type === 'rougeLsum') {
      out[type] = scoreLsum(
        target.split('\n').map((s) => rougeScoreTokens(s, stem)),
        prediction.split('\n').map((s) => rougeScoreTokens(s, stem)),
      );
    } else {
      const m = /^rouge([0-9]+)$/.exec(type);
      if (!m) throw new Error(`rouge-score: expected rouge<N>, rougeL or rougeLsum, found "${type}"`);
      const n = Number(m[1]);
      out[type] = scoreNgrams(ngramCounts(tt, n), ngramCounts(pt, n));
    }
  }
  return out;
}

export function rougeScoreTypes(maxNgram?: number): string[] {
  const types: string[] = [];
  for (let n = 1; n <= (maxNgram ?? 2); n++) types.push(`rouge${n}`);
  return [...types, 'rougeL', 'rougeLsum'];
}

/** Every peer of every topic against its references; summaries are their sentences joined by newlines. */
export function scoreRougeScore(topics: RougeTopic[], opts: RougeScoreOptions, peerIds?: string[]): RougeScoreResult {
  const types = rougeScoreTypes(opts.maxNgram);
  const ids = peerIds ?? [...new Set(topics.flatMap((t) => t.peers.map((p) => p.id)))].sort();
  const text = (s: { sentences: string[]; bytes?: boolean }): string =>
    (s.bytes ? s.sentences.map((x) => Buffer.from(x, 'latin1').toString('utf8')) : s.sentences).join('\n');
  const systems: RougeScoreResult['systems'] = [];
  for (const peerId of ids) {
    const rows: RougeScoreResult['systems'][number]['topics'] = [];
    for (const t of topics) {
      const peer = t.peers.find((p) => p.id === peerId);
      if (!peer || t.models.length === 0) continue;
      const pred = text(peer);
      const perRef = t.models.map((m) => rougeScorePair(text(m), pred, types, opts.stem));
      const scores: Record<string, RougeScoreTriple> = {};
      for (const type of types) {
        let best = perRef[0][type];
        for (const r of perRef) if (r[type].fmeasure > best.fmeasure) best = r[type];
        scores[type] = best;
      }
      rows.push({ topic: t.id, scores });
    }
    const average: Record<string, RougeScoreTriple> = {};
    for (const type of types) {
      const k = rows.length || 1;
      average[type] = {
        precision: rows.reduce((a, r) => a + r.scores[type].precision, 0) / k,
        recall: rows.reduce((a, r) => a + r.scores[type].recall, 0) / k,
        fmeasure: rows.reduce((a, r) => a + r.scores[type].fmeasure, 0) / k,
      };
    }
    systems.push({ peerId, average, topics: rows });
  }
  return { types, systems };
}

export function formatRougeScore(res: RougeScoreResult, perTopic: boolean): string {
  const lines: string[] = [];
  const f = (x: number): string => x.toFixed(5);
  for (const s of res.systems) {
    for (const type of res.types) {
      const a = s.average[type];
      lines.push(`${s.peerId} ${type} P: ${f(a.precision)} R: ${f(a.recall)} F: ${f(a.fmeasure)}`);
      if (perTopic) {
        for (const r of s.topics) {
          const x = r.scores[type];
          lines.push(`${s.peerId} ${type} Eval ${r.topic} P: ${f(x.precision)} R: ${f(x.recall)} F: ${f(x.fmeasure)}`);
        }
      }
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function rougeScoreJson(res: RougeScoreResult): Record<string, unknown> {
  const one = (s: RougeScoreResult['systems'][number]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const type of res.types) out[type] = s.average[type];
    const topics: Record<string, unknown> = {};
    for (const r of s.topics) topics[r.topic] = r.scores;
    out.topics = topics;
    return out;
  };
  if (res.systems.length === 1) return one(res.systems[0]);
  return { systems: Object.fromEntries(res.systems.map((s) => [s.peerId, one(s)])) };
}
