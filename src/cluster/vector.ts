// Sparse vectors: an article's (a few dozen weighted keys, unit length) and a story's centroid (a sum of its
// articles' unit vectors, with its squared length kept so a cosine costs one pass over the article's keys).

/** A unit-length sparse vector, heaviest key first. */
export interface SparseVector {
  keys: string[];
  weights: number[];
}

/** Fixed comparator: heavier first, then by key in code-unit order (no locale). */
function byWeight(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** The `limit` heaviest entries of `weights`, scaled to unit length. */
export function topUnit(entries: [string, number][], limit: number): SparseVector {
  return topUnitOf(entries.map((e) => e[0]), entries.map((e) => e[1]), limit);
}

/**
 * The same from parallel arrays (no tuple per key), of which the first `count` places are read: the cut weight
 * (the `limit`-th heaviest) is selected from a copy, then only the kept keys (at most `limit` plus ties) are sorted
 * with the full comparator.
 */
export function topUnitOf(keys: readonly string[], weights: readonly number[], limit: number, count = keys.length): SparseVector {
  const idx: number[] = [];
  if (count > limit) {
    // A plain array copy, not a Float64Array: a typed array this long gets a backing store outside the heap, which
    // costs more to allocate and free than the selection itself.
    const cut = select(weights.slice(0, count), count - limit);
    for (let i = 0; i < count; i++) if (weights[i] >= cut) idx.push(i);
  } else for (let i = 0; i < count; i++) idx.push(i);
  sortByWeight(idx, keys, weights);
  if (idx.length > limit) idx.length = limit;
  let n2 = 0;
  for (const i of idx) n2 += weights[i] * weights[i];
  const n = Math.sqrt(n2);
  if (n === 0) return { keys: [], weights: [] };
  return { keys: idx.map((i) => keys[i]), weights: idx.map((i) => weights[i] / n) };
}

/**
 * The value at index `k` of `a` sorted ascending (the same value a sort would put there), by quickselect with a
 * median-of-three pivot: linear on average, where sorting the few hundred weights of an article cost as much as
 * the rest of the weighting. Reorders `a`.
 */
function select(a: number[], k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // Hoare partition: a[lo..j] <= pivot <= a[i..hi], and what lies between equals the pivot.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Kept keys up to which sortByWeight sorts by insertion (above, ties at the cut weight: a library sort). */
const INSERTION_SORT_MAX = 64;

/**
 * Sorts indexes heavier first, then by key in code-unit order: a total order (keys are distinct), so the result
 * is the one any sort gives. An insertion sort, the comparison inline: the lists are usually short (a few dozen
 * kept keys), where Array.prototype.sort's call per comparison costs more than the moves; a long list (many keys
 * tied at the cut weight, as in a cold stream) goes to the library sort, whose cost does not grow as the square.
 */
function sortByWeight(idx: number[], keys: readonly string[], weights: readonly number[]): void {
  if (idx.length > INSERTION_SORT_MAX) {
    idx.sort((a, b) => weights[b] - weights[a] || (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    return;
  }
  for (let i = 1; i < idx.length; i++) {
    const x = idx[i];
    const wx = weights[x];
    const kx = keys[x];
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = idx[j];
      const wy = weights[y];
      // Stop once y goes before x: heavier, or as heavy with a smaller key.
      if (wy > wx || (wy === wx && keys[y] < kx)) break;
      idx[j + 1] = y;
    }
    idx[j + 1] = x;
  }
}

/** A story's centroid: the sum of its articles' unit vectors. */
export interface Centroid {
  sum: Map<string, number>;
  norm2: number;
}

export function newCentroid(): Centroid {
  return { sum: new Map(), norm2: 0 };
}

/** Dot product of a unit vector with a centroid's sum. */
export function dot(v: SparseVector, c: Centroid): number {
  let d = 0;
  for (let i = 0; i < v.keys.length; i++) {
    const x = c.sum.get(v.keys[i]);
    if (x !== undefined) d += x * v.weights[i];
  }
  return d;
}

/** Dot product of two unit vectors, one of them as a map (the cosine, both being unit length). */
export function sparseDot(m: ReadonlyMap<string, number>, v: SparseVector): number {
  let d = 0;
  for (let i = 0; i < v.keys.length; i++) {
    const x = m.get(v.keys[i]);
    if (x !== undefined) d += x * v.weights[i];
  }
  return d;
}

/** Cosine of a unit vector with a centroid. */
export function cosine(v: SparseVector, c: Centroid): number {
  return c.norm2 > 0 ? dot(v, c) / Math.sqrt(c.norm2) : 0;
}

/** Cosine of two centroids (iterating the smaller). */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  const [s, l] = a.sum.size <= b.sum.size ? [a, b] : [b, a];
  let d = 0;
  for (const [k, x] of s.sum) {
    const y = l.sum.get(k);
    if (y !== undefined) d += x * y;
  }
  return d / Math.sqrt(a.norm2 * b.norm2);
}

/** Adds a unit vector to a centroid, whose dot product with it is `d` (already computed by the caller). */
export function addTo(c: Centroid, v: SparseVector, d: number): void {
  for (let i = 0; i < v.keys.length; i++) c.sum.set(v.keys[i], (c.sum.get(v.keys[i]) ?? 0) + v.weights[i]);
  c.norm2 += 2 * d + 1;
}

/** Adds centroid b into a. */
export function mergeInto(a: Centroid, b: Centroid): void {
  for (const [k, x] of b.sum) a.sum.set(k, (a.sum.get(k) ?? 0) + x);
  recomputeNorm(a);
}

function recomputeNorm(c: Centroid): void {
  let n2 = 0;
  for (const x of c.sum.values()) n2 += x * x;
  c.norm2 = n2;
}

/** Keeps a centroid's `limit` heaviest keys once it holds more than twice that (bounded memory per story). */
export function prune(c: Centroid, limit: number): void {
  if (c.sum.size <= 2 * limit) return;
  const entries = [...c.sum.entries()];
  const ws = Float64Array.from(entries, (e) => e[1]).sort();
  const cut = ws[ws.length - limit];
  const kept = entries.filter((e) => e[1] >= cut).sort(byWeight).slice(0, limit);
  c.sum = new Map(kept);
  recomputeNorm(c);
}
