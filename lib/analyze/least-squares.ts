export interface LinearFit {
  slope: number;
  intercept: number;
  /** Share of the variance of y the line explains; `null` when y does not vary. */
  r2: number | null;
}

/** Ordinary least squares `y = intercept + slope · x`; `null` with fewer than two distinct x. */
export function leastSquares(points: readonly (readonly [number, number])[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (const [x, y] of points) {
    meanX += x / n;
    meanY += y / n;
  }
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  // Relative tolerance: shares like 0.1 + 0.2 leave rounding noise where y is really constant.
  const r2 = syy > 1e-24 * (1 + meanY * meanY) * n ? (sxy * sxy) / (sxx * syy) : null;
  return { slope, intercept, r2 };
}
