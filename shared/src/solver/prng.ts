// Seeded generator so a run is reproducible from its seed (sfc32, a small, well-tested PRNG
// from the PractRand suite; 32-bit state words keep it exact in JavaScript numbers).
export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

export function createPrng(seed: number): Prng {
  let a = 0x9e3779b9 ^ (seed | 0);
  let b = 0x243f6a88 ^ Math.imul(seed | 0, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const raw = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) raw();
  return {
    next: () => raw() / 4294967296,
    int: (n: number) => Math.floor((raw() / 4294967296) * n),
  };
}
