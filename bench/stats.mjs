// Medians and ranges of repeated measures, and how they are written.

/** The median of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values) {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const min = (values) => Math.min(...values.filter((v) => v != null));
export const max = (values) => Math.max(...values.filter((v) => v != null));

/** "412 (398–455)": median and range, in whole units unless `digits`. */
export function spread(values, digits = 0) {
  const present = values.filter((v) => v != null);
  if (!present.length) return 'n/a';
  const f = (v) => v.toFixed(digits);
  return present.length === 1 ? f(present[0]) : `${f(median(present))} (${f(min(present))}–${f(max(present))})`;
}

export const kib = (bytes) => (bytes == null ? 'n/a' : (bytes / 1024).toFixed(1));
export const mib = (bytes) => (bytes == null ? 'n/a' : (bytes / 1024 / 1024).toFixed(1));
