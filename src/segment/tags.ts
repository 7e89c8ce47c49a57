// A sentence's part-of-speech tags by character offset in the sentence (Sentence.tags), as a read-only map over its
// paragraph's token arrays. Every sentence of a story carries its tags to the cleaner and the facts finders and keeps
// them as long as the story: a Map per sentence (one entry per token) was a story's largest set of small long-lived
// objects, each entry hashed in and copied by every garbage collection it survived. The view holds four numbers and
// two references to arrays the paragraph's sentences share, and answers exactly as that Map did.

/**
 * The tags of tokens [from, to) of a paragraph: `starts` the tokens' offsets in the paragraph (strictly increasing),
 * `pos` their tags. Keys are offsets relative to the first token's start. A range whose offsets do not strictly
 * increase (never seen from wink: a token has a value) gets a plain Map, which keeps the last tag of a repeated key.
 */
export function sentenceTags(starts: Int32Array, pos: readonly string[], from: number, to: number): ReadonlyMap<number, string> {
  for (let k = from + 1; k < to; k++) {
    if (starts[k] <= starts[k - 1]) {
      const tags = new Map<number, string>();
      for (let q = from; q < to; q++) tags.set(starts[q] - starts[from], pos[q]);
      return tags;
    }
  }
  return new SentenceTags(starts, pos, from, to);
}

class SentenceTags implements ReadonlyMap<number, string> {
  readonly #starts: Int32Array;
  readonly #pos: readonly string[];
  readonly #from: number;
  readonly #to: number;

  constructor(starts: Int32Array, pos: readonly string[], from: number, to: number) {
    this.#starts = starts;
    this.#pos = pos;
    this.#from = from;
    this.#to = to;
  }

  get size(): number {
    return this.#to - this.#from;
  }

  get [Symbol.toStringTag](): string {
    return 'SentenceTags';
  }

  /** The token index whose offset is `offset`, or -1 (binary search: the offsets increase). */
  #indexOf(offset: number): number {
    const starts = this.#starts;
    const target = starts[this.#from] + offset;
    let lo = this.#from;
    let hi = this.#to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = starts[mid];
      if (v === target) return mid;
      if (v < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(offset: number): string | undefined {
    // A Map's keys are compared as SameValueZero: only an integer offset can be one of these.
    if (!Number.isInteger(offset)) return undefined;
    const k = this.#indexOf(offset);
    return k < 0 ? undefined : this.#pos[k];
  }

  has(offset: number): boolean {
    return Number.isInteger(offset) && this.#indexOf(offset) >= 0;
  }

  forEach(fn: (value: string, key: number, map: ReadonlyMap<number, string>) => void, thisArg?: unknown): void {
    for (let k = this.#from; k < this.#to; k++) fn.call(thisArg, this.#pos[k], this.#starts[k] - this.#starts[this.#from], this);
  }

  *keys(): MapIterator<number> {
    for (let k = this.#from; k < this.#to; k++) yield this.#starts[k] - this.#starts[this.#from];
  }

  values(): MapIterator<string> {
    return this.#pos.slice(this.#from, this.#to).values();
  }

  *entries(): MapIterator<[number, string]> {
    for (let k = this.#from; k < this.#to; k++) yield [this.#starts[k] - this.#starts[this.#from], this.#pos[k]];
  }

  [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }
}
