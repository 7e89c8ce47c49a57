/**
 * Summary-level ROUGE-L and ROUGE-W of ROUGE-1.5.5: for each model sentence, the union of its
 * LCS positions with every peer sentence (one backtrace per pair, ties broken "up" first as in
 * the Perl's markLCS), then each marked token counts only while both unigram budgets last.
 */

const DIAG = 1;
const UP = 2;
const LEFT = 3;

/** Marks in hitMask the model positions of one LCS of model and peer (lcs_inner + markLCS). */
export function markLcs(model: readonly string[], peer: readonly string[], hitMask: Uint8Array): void {
  const m = model.length;
  const n = peer.length;
  if (m === 0) return;
  const w = n + 1;
  const c = new Int32Array((m + 1) * w);
  const b = new Uint8Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    const mi = model[i - 1];
    for (let j = 1; j <= n; j++) {
      const k = i * w + j;
      if (mi === peer[j - 1]) {
        c[k] = c[k - w - 1] + 1;
        b[k] = DIAG;
      } else if (c[k - w] >= c[k - 1]) {
        c[k] = c[k - w];
        b[k] = UP;
      } else {
        c[k] = c[k - 1];
        b[k] = LEFT;
      }
    }
  }
  backtrace(b, w, m, n, hitMask);
}

/** Weighted LCS (lcs_inner of ROUGE-W): consecutive runs of length k score f(k) = k^weight. */
export function markWlcs(model: readonly string[], peer: readonly string[], hitMask: Uint8Array, weight: number): void {
  const m = model.length;
  const n = peer.length;
  if (m === 0) return;
  const w = n + 1;
  const c = new Float64Array((m + 1) * w);
  const l = new Int32Array((m + 1) * w);
  const b = new Uint8Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    const mi = model[i - 1];
    for (let j = 1; j <= n; j++) {
      const k = i * w + j;
      if (mi === peer[j - 1]) {
        const run = l[k - w - 1];
        c[k] = c[k - w - 1] + Math.pow(run + 1, weight) - Math.pow(run, weight);
        b[k] = DIAG;
        l[k] = run + 1;
      } else if (c[k - w] >= c[k - 1]) {
        c[k] = c[k - w];
        b[k] = UP;
      } else {
        c[k] = c[k - 1];
        b[k] = LEFT;
      }
    }
  }
  backtrace(b, w, m, n, hitMask);
}

function backtrace(b: Uint8Array, w: number, i: number, j: number, hitMask: Uint8Array): void {
  while (i !== 0 && j !== 0) {
    const move = b[i * w + j];
    if (move === DIAG) {
      i--;
      j--;
      hitMask[i] = 1;
    } else if (move === UP) i--;
    else j--;
  }
}

export interface LcsOutcome {
  /** Clipped union-LCS hits (ROUGE-W: sum of run weights). */
  hit: number;
  /** Model length (ROUGE-W: sum of sentence length^weight). */
  base: number;
}

/**
 * The Perl's lcs() / wlcs(): modelUni and peerUni are the unigram counts used as budgets;
 * they are consumed (pass copies).
 */
export function unionLcs(
  model: readonly (readonly string[])[],
  peer: readonly (readonly string[])[],
  modelUni: Map<string, number>,
  peerUni: Map<string, number>,
  weight?: number,
): LcsOutcome {
  let hit = 0;
  let base = 0;
  for (const sent of model) {
    const mask = new Uint8Array(sent.length);
    base += weight === undefined ? sent.length : Math.pow(sent.length, weight);
    for (const p of peer) {
      if (weight === undefined) markLcs(sent, p, mask);
      else markWlcs(sent, p, mask, weight);
    }
    let run = 0;
    for (let j = 0; j < sent.length; j++) {
      if (mask[j] !== 1) continue;
      const t = sent[j];
      const mc = modelUni.get(t);
      const pc = peerUni.get(t);
      if (mc === undefined || pc === undefined || mc <= 0 || pc <= 0) continue;
      if (weight === undefined) hit++;
      else {
        // a run ends where the next position is unmarked or at the sentence end
        run++;
        if (j + 1 < sent.length && mask[j + 1] === 0) {
          hit += Math.pow(run, weight);
          run = 0;
        } else if (j + 1 === sent.length) {
          hit += Math.pow(run, weight);
          run = 0;
        }
      }
      modelUni.set(t, mc - 1);
      peerUni.set(t, pc - 1);
    }
  }
  return { hit, base };
}
