/**
 * Perl's rand() on Linux: the drand48 48-bit linear congruential generator
 * (X' = 0x5DEECE66D * X + 0xB mod 2^48, srand(s) sets X = s << 16 | 0x330E), the same sequence
 * in glibc's drand48 and in Perl's own Perl_drand48 (5.20+). Arithmetic is split into 24-bit
 * halves so every product stays exact in a double.
 */
const TWO24 = 0x1000000;
const A_LO = 0xece66d;
const A_HI = 0x5de;
const C = 0xb;

export class Drand48 {
  private hi = 0;
  private lo = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** srand(seed): only the low 32 bits count, as in Perl's (U32) cast. */
  seed(seed: number): void {
    const s = seed >>> 0;
    // X = s * 2^16 + 0x330E; split into 24-bit halves
    const x = s * 65536 + 0x330e;
    this.hi = Math.floor(x / TWO24);
    this.lo = x - this.hi * TWO24;
  }

  /** drand48(): a double in [0, 1). */
  next(): number {
    const p0 = this.lo * A_LO + C;
    const lo = p0 % TWO24;
    const carry = (p0 - lo) / TWO24;
    const p1 = this.hi * A_LO + this.lo * A_HI + carry;
    this.hi = p1 % TWO24;
    this.lo = lo;
    return (this.hi * TWO24 + this.lo) / 281474976710656;
  }

  /** int(rand(n)) */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }
}
