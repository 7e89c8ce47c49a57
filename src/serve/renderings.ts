// Renderings kept in memory by key, up to a number of bytes in all; the least recently used go first. A Map keeps
// insertion order, so moving a used entry to the end leaves the oldest first.

export class RecentRenderings {
  private readonly entries = new Map<string, Buffer>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  /** The bytes held under all keys. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The rendering under `key`, now the most recent, or undefined. */
  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value) this.put(key, value);
    return value;
  }

  /** Keeps `value` under `key` as the most recent, then drops the least recent past the bound (never `key` itself). */
  put(key: string, value: Buffer): Buffer {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.length;
    }
    this.entries.set(key, value);
    this.total += value.length;
    for (const [k, v] of this.entries) {
      if (this.total <= this.maxBytes || k === key) break;
      this.entries.delete(k);
      this.total -= v.length;
    }
    return value;
  }
}
