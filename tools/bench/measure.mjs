// What every benchmark suite measures with: one JSON line per figure on stdout, medians, a millisecond
// clock, and timing a piece of work several times after optional untimed warm-up runs.

/** Writes one figure: {"bench": name, "value": rounded, "unit": unit, ...extra}. */
export const emit = (bench, value, unit, extra = {}, decimals = 1) =>
  process.stdout.write(
    `${JSON.stringify({ bench, value: Math.round(value * 10 ** decimals) / 10 ** decimals, unit, ...extra })}\n`,
  );

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds, from a monotonic clock. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Median time in ms of `runs` calls, after `warmup` untimed ones (JIT, caches of the first call). */
export const timed = (runs, work, warmup = 0) => {
  for (let run = 0; run < warmup; run += 1) work();
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const started = now();
    work();
    times.push(now() - started);
  }
  return median(times);
};
