// Part of `npm run bench`: summaries of repeated measurements.

/** Count, median, p95, min and max of a list of numbers (NaN when empty). */
export function summarise(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const middle = sorted.length % 2 === 1 ? at(0.5) : ((sorted[sorted.length / 2 - 1] ?? NaN) + (sorted[sorted.length / 2] ?? NaN)) / 2;
  return { count: sorted.length, median: middle, p95: at(0.95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

/** "median (min–max)" with `digits` decimals and an optional unit. */
export function spread(values, { digits = 0, unit = '' } = {}) {
  const { median, min, max } = summarise(values);
  const f = (value) => value.toFixed(digits);
  return `${f(median)}${unit} (${f(min)}–${f(max)})`;
}

/** The median of one field of a list of records. */
export function medianOf(records, field) {
  return summarise(records.map((record) => record[field])).median;
}
