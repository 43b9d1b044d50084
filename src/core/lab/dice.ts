/**
 * A fast, mutable reader of a PCG32 stream, for the Lab's million-episode sample. It gives
 * exactly the floats `nextFloat` (rng/rng.ts) gives from the same state (a test checks it), but
 * keeps the 64-bit state in four plain numbers instead of allocating a new state per draw. The
 * game keeps using the immutable states; only a hot loop reads through this.
 */
import type { RngState } from '../rng/rng';

const TWO_POW_32 = 0x1_0000_0000;
// 6364136223846793005 = 0x5851f42d_4c957f2d, the reference LCG multiplier.
const MUL_HI = 0x5851f42d;
const MUL_LO = 0x4c957f2d;

/** A PCG32 stream being read; `next()` advances it. */
export class LabDice {
  private _hi: number;
  private _lo: number;
  private readonly _incHi: number;
  private readonly _incLo: number;

  constructor(state: RngState) {
    this._hi = state.state.hi >>> 0;
    this._lo = state.state.lo >>> 0;
    this._incHi = state.increment.hi >>> 0;
    this._incLo = state.increment.lo >>> 0;
  }

  /** The next float in [0, 1), as `nextFloat` would return it. */
  next(): number {
    const hi = this._hi;
    const lo = this._lo;
    // Output (XSH-RR) of the old state.
    const mixedHi = (hi ^ (hi >>> 18)) >>> 0;
    const mixedLo = (lo ^ ((lo >>> 18) | (hi << 14))) >>> 0;
    const xorshifted = ((mixedLo >>> 27) | (mixedHi << 5)) >>> 0;
    const rotation = hi >>> 27;
    const out = ((xorshifted >>> rotation) | (xorshifted << (-rotation & 31))) >>> 0;
    // Advance: state * MUL + increment (mod 2^64).
    const a0 = lo & 0xffff;
    const a1 = lo >>> 16;
    const b0 = MUL_LO & 0xffff;
    const b1 = MUL_LO >>> 16;
    const p00 = a0 * b0;
    const p01 = a0 * b1;
    const p10 = a1 * b0;
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    const productLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
    const carry =
      a1 * b1 + Math.floor(p01 / 0x10000) + Math.floor(p10 / 0x10000) + Math.floor(mid / 0x10000);
    const productHi = (carry + Math.imul(lo, MUL_HI) + Math.imul(hi, MUL_LO)) >>> 0;
    const sumLo = productLo + this._incLo;
    this._lo = sumLo >>> 0;
    this._hi = (productHi + this._incHi + (sumLo >= TWO_POW_32 ? 1 : 0)) >>> 0;
    return out / TWO_POW_32;
  }
}
