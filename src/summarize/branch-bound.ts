// Exact budgeted concept coverage by depth-first branch and bound, deterministic (a node cap, not a clock, bounds
// the work). Items are tried in order of initial weight per word; a branch is cut when its value plus the
// fractional-knapsack bound of the remaining items' marginal gains cannot beat the best selection found. That bound
// is valid because coverage is submodular: a set's gain is at most the sum of its members' marginal gains.
import { coverValue, greedyCover, type CoverItem } from './cover.js';

const BRANCH = {
  /** Search nodes explored at most; past it the best selection found so far (never worse than greedy) stands. */
  maxNodes: 20000,
  /**
   * For budgets over `longBudget` words (digests) the cap is `maxNodesLong`: there the search never finishes
   * within 20,000 nodes (0 of the 30 duc2003 clusters at 250 words; 28 of 30 finish at 100 words), so the extra
   * nodes only cost time (50-250 ms a cluster), and 3,000 nodes find digests as good by ROUGE (Multi-News at 250
   * words: R-1 41.21 with either cap).
   */
  longBudget: 150,
  maxNodesLong: 3000,
  /**
   * Items the search branches on at most: the first `maxItems` by initial weight per word (greedy, run first, still
   * sees them all). Each node's bound walks every item searched, so without a cap a story of 2,000 articles (60,000
   * sentences) costs nodes x items; a DUC 2003 cluster has 200-400 candidates and the example 120, far under it, so
   * no normal story's selection changes.
   */
  maxItems: 2000,
  /** Nodes between two asks of `stop` (the run's deadline): a node of a 2,000-item search costs about 0.1 ms. */
  stopEvery: 256,
} as const;

/** The node cap for a word budget (see BRANCH). */
export function nodeCap(budget: number): number {
  return budget > BRANCH.longBudget ? BRANCH.maxNodesLong : BRANCH.maxNodes;
}

export interface CoverResult {
  chosen: number[];
  value: number;
  /** True when the search finished, so `value` is the optimum. */
  exact: boolean;
  nodes: number;
}

/** `stop`, asked every BRANCH.stopEvery nodes, ends the search early (the best selection found so far stands). */
export function branchAndBound(items: CoverItem[], weights: number[], budget: number, maxNodes: number = nodeCap(budget), stop?: () => boolean): CoverResult {
  const n = Math.min(items.length, BRANCH.maxItems); // items searched: the first n of `order`
  const gain0 = items.map((it) => it.concepts.reduce((s, k) => s + weights[k], it.bonus ?? 0));
  const order = items.map((_, i) => i).sort((a, b) => gain0[b] / items[b].cost - gain0[a] / items[a].cost || a - b);
  const greedy = greedyCover(items, weights, budget);
  let best = greedy;
  let bestValue = coverValue(items, weights, greedy, budget);
  const cover = new Int32Array(weights.length);
  const chosen: number[] = [];
  let nodes = 0;
  let halted = false;
  let exact = n === items.length;
  // The searched items by position in `order`, flat: costs, bonuses and concept lists in typed arrays (the bound
  // below reads them at every node).
  const cost = new Float64Array(n);
  const bonus = new Float64Array(n);
  const start = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) start[p + 1] = start[p] + items[order[p]].concepts.length;
  const concept = new Int32Array(start[n]);
  for (let p = 0; p < n; p++) {
    const it = items[order[p]];
    cost[p] = it.cost;
    bonus[p] = it.bonus ?? 0;
    concept.set(it.concepts, start[p]);
  }
  const weight = Float64Array.from(weights);
  // Which searched items use each concept (positions, grouped by concept), to know whose gain a change of cover moves.
  let nConcepts = weights.length;
  for (let e = 0; e < concept.length; e++) nConcepts = Math.max(nConcepts, concept[e] + 1);
  const userStart = new Int32Array(nConcepts + 1);
  for (let e = 0; e < concept.length; e++) userStart[concept[e] + 1]++;
  for (let k = 0; k < nConcepts; k++) userStart[k + 1] += userStart[k];
  const user = new Int32Array(concept.length);
  const fill = userStart.slice(0, nConcepts);
  for (let p = 0; p < n; p++) for (let e = start[p]; e < start[p + 1]; e++) user[fill[concept[e]]++] = p;
  // An item's marginal gain (and gain per word) is recomputed, from scratch and in the same order, only when one of
  // its concepts was covered or uncovered since it was last computed: `changedAt` and `computedAt` are ticks of `clock`.
  const gains = new Float64Array(n);
  const ratio = new Float64Array(n);
  const changedAt = new Int32Array(n).fill(1);
  const computedAt = new Int32Array(n);
  let clock = 1;
  const touched = (k: number): void => {
    clock++;
    for (let e = userStart[k]; e < userStart[k + 1]; e++) changedAt[user[e]] = clock;
  };
  // The bound's candidates (positions), kept as a binary max-heap on (gain per word, earlier position first).
  const heap = new Int32Array(n);

  /** Whether position p comes before position q in the bound's order: higher gain per word, then earlier. */
  const before = (p: number, q: number): boolean => ratio[p] > ratio[q] || (ratio[p] === ratio[q] && p < q);

  function siftDown(at: number, size: number): void {
    const p = heap[at];
    for (;;) {
      let c = 2 * at + 1;
      if (c >= size) break;
      if (c + 1 < size && before(heap[c + 1], heap[c])) c++;
      if (!before(heap[c], p)) break;
      heap[at] = heap[c];
      at = c;
    }
    heap[at] = p;
  }

  // The fractional-knapsack bound: the remaining items that fit, by marginal gain per word, filled greedily with the
  // last one taken in part. Only the items taken are ever ordered (a heap, not a sort of all of them); the order and
  // the sum are those of a stable sort by gain per word, so the bound is the same number to the last bit. The caller
  // only asks whether `value` plus the bound beats the best value: the sum stops as soon as it does (partial sums
  // only grow, and so does their floating-point sum with `value`, so the answer is the whole sum's).
  function bound(from: number, room: number, value: number): number {
    let size = 0;
    for (let p = from; p < n; p++) {
      if (cost[p] > room) continue;
      if (computedAt[p] < changedAt[p]) {
        let g = bonus[p];
        for (let e = start[p]; e < start[p + 1]; e++) if (cover[concept[e]] === 0) g += weight[concept[e]];
        gains[p] = g;
        ratio[p] = g / cost[p];
        computedAt[p] = clock;
      }
      if (gains[p] <= 0) continue;
      heap[size++] = p;
    }
    for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at, size);
    let v = 0;
    let r = room;
    while (size > 0) {
      const p = heap[0];
      if (cost[p] <= r) {
        v += gains[p];
        if (value + v > bestValue + 1e-9) return v;
        r -= cost[p];
      } else {
        v += (gains[p] * r) / cost[p];
        break;
      }
      heap[0] = heap[--size];
      siftDown(0, size);
    }
    return v;
  }

  function dfs(from: number, room: number, value: number): void {
    if (++nodes > maxNodes || (stop !== undefined && nodes % BRANCH.stopEvery === 0 && stop())) {
      exact = false;
      halted = true; // every open branch ends too
      return;
    }
    if (value > bestValue + 1e-9) {
      bestValue = value;
      best = [...chosen];
    }
    if (value + bound(from, room, value) <= bestValue + 1e-9) return;
    for (let p = from; p < n; p++) {
      if (halted) return;
      if (cost[p] > room) continue;
      let g = bonus[p];
      for (let e = start[p]; e < start[p + 1]; e++) {
        const k = concept[e];
        if (cover[k]++ === 0) {
          g += weight[k];
          touched(k);
        }
      }
      chosen.push(order[p]);
      dfs(p + 1, room - cost[p], value + g);
      chosen.pop();
      for (let e = start[p]; e < start[p + 1]; e++) if (--cover[concept[e]] === 0) touched(concept[e]);
    }
  }

  dfs(0, budget, 0);
  return { chosen: [...best].sort((a, b) => a - b), value: bestValue, exact, nodes };
}
