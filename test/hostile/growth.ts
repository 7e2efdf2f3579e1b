/** How a function's running time grows with its input, from inputs doubling in length. */

/**
 * Milliseconds of CPU `run(input)` takes `times` times over, the best of `tries` batches. CPU time, not the
 * clock: on a machine shared with other work, waiting for a processor is not the reader's cost.
 */
function batchTime<T>(run: (input: T) => unknown, input: T, times: number, tries = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tries; t++) {
    const start = process.cpuUsage();
    for (let i = 0; i < times; i++) run(input);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export interface Growth {
  /** Input lengths, each twice the one before. */
  lengths: number[];
  /** Runs a batch. */
  times: number;
  /** Milliseconds a batch took, per length. */
  ms: number[];
  /** Each time over the one before: about 2 when linear, 4 when quadratic. */
  ratios: number[];
  /**
   * The second smallest of them: a step or two that cross a garbage-collector or cache threshold (the young
   * generation filling up) or meet another process do not move it; a quadratic loop, four times slower at
   * every step, does.
   */
  ratio: number;
}

function secondSmallest(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[1] ?? sorted[0]) as number;
}

/**
 * The growth of `run` over inputs of `length` and `steps` doublings of it. Each input is run in batches long
 * enough (`minMs`) for timer noise to be small against them; a growth that looks super-linear is measured again
 * and the lowest kept: a pause on a shared machine does not repeat, a quadratic loop does.
 */
export function growth<T>(
  run: (input: T) => unknown,
  make: (length: number) => T,
  { length = 25_000, steps = 4, minMs = 5, maxMs = 1_000, limit = 3, tries = 2 } = {},
): Growth {
  const all = Array.from({ length: steps + 1 }, (_, i) => length * 2 ** i);
  const first = make(length);
  run(first);
  let times = 1;
  while (batchTime(run, first, times) < minMs && times < 1024) times *= 2;
  let best: Growth | null = null;
  for (let t = 0; t < tries; t++) {
    const lengths: number[] = [];
    const ms: number[] = [];
    // Larger inputs only while a batch stays short: a quadratic reader has shown itself by then.
    for (const n of all) {
      if (ms.length >= 4 && (ms.at(-1) as number) > maxMs) break;
      lengths.push(n);
      ms.push(batchTime(run, n === length ? first : make(n), times));
    }
    const ratios = ms.slice(1).map((m, i) => m / Math.max(ms[i] as number, 0.01));
    const measured = { lengths, times, ms, ratios, ratio: secondSmallest(ratios) };
    if (!best || measured.ratio < best.ratio) best = measured;
    if (best.ratio < limit) break;
  }
  return best as Growth;
}
