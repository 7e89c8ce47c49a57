// Budgeted concept coverage, the objective of Chorus's default method (Gillick & Favre 2009's concept model):
// choose items (sentences) under a cost budget to maximise the total weight of the concepts they cover, each
// concept counted once. This file holds the problem's shape, its value and the greedy solution.

export interface CoverItem {
  /** Cost against the budget (words). */
  cost: number;
  /** Indices into the weight array of the concepts this item covers. */
  concepts: number[];
  /** Extra value of the item itself (0 for pure concept coverage). */
  bonus?: number;
}

/** Greedy fallback: repeatedly add the item with the best new weight per unit cost that still fits. */
export function greedyCover(items: CoverItem[], weights: number[], budget: number): number[] {
  const covered = new Set<number>();
  const chosen: number[] = [];
  const left = new Set(items.map((_, i) => i));
  let used = 0;
  for (;;) {
    let best = -1;
    let bestGain = 0;
    for (const i of left) {
      const it = items[i];
      if (used + it.cost > budget) continue;
      let g = it.bonus ?? 0;
      for (const k of it.concepts) if (!covered.has(k)) g += weights[k];
      const r = g / Math.max(1, it.cost);
      if (r > bestGain + 1e-12) {
        best = i;
        bestGain = r;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    left.delete(best);
    used += items[best].cost;
    for (const k of items[best].concepts) covered.add(k);
  }
  return chosen.sort((a, b) => a - b);
}

/** Objective value of a selection, or -1 when it breaks the budget. */
export function coverValue(items: CoverItem[], weights: number[], chosen: number[], budget: number): number {
  const covered = new Set<number>();
  let cost = 0;
  let v = 0;
  for (const j of chosen) {
    cost += items[j].cost;
    v += items[j].bonus ?? 0;
    for (const k of items[j].concepts) covered.add(k);
  }
  if (cost > budget) return -1;
  for (const k of covered) v += weights[k];
  return v;
}
