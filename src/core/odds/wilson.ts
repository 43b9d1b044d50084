/**
 * The Wilson score interval for a binomial proportion.
 *
 * Source: E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
 * Journal of the American Statistical Association 22 (158), 209–212 (1927); formula as in
 * R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
 * methods", Statistics in Medicine 17, 857–872 (1998), method 3:
 *
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p(1 − p)/n + z²/4n² )
 *
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and is not empty at p = 0 or 1,
 * which matters here: many published rates are 0 of 100.
 */

/** z for a two-sided 95 % interval: the 0.975 quantile of the standard normal. */
export const Z_95 = 1.959963984540054;

/** A closed interval [low, high] within [0, 1]. */
export interface WilsonBounds {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of a proportion `rate` observed over `n` trials.
 * @param rate - observed fraction in [0, 1] (successes / n; it need not be a whole count)
 * @param n - number of trials, a positive integer
 * @param z - normal quantile @defaultValue {@link Z_95} (95 %)
 * @throws RangeError when rate is outside [0, 1] or n is not a positive integer
 */
export function wilsonInterval(rate: number, n: number, z: number = Z_95): WilsonBounds {
  if (!(rate >= 0 && rate <= 1) || !Number.isInteger(n) || n < 1) {
    throw new RangeError(
      `wilsonInterval: need rate in [0, 1] and integer n ≥ 1, got ${rate}, ${n}`,
    );
  }
  const zSquaredOverN = (z * z) / n;
  const centre = (rate + zSquaredOverN / 2) / (1 + zSquaredOverN);
  const half =
    (z / (1 + zSquaredOverN)) * Math.sqrt((rate * (1 - rate)) / n + zSquaredOverN / (4 * n));
  // At rate 0 (or 1) the bound is exactly 0 (or 1) analytically; subtraction would leave ±1e-18.
  const low = rate === 0 ? 0 : Math.max(0, centre - half);
  const high = rate === 1 ? 1 : Math.min(1, centre + half);
  return { low, high };
}
