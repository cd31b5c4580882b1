// Timing helpers: repeated runs summarised as median and 95th percentile, with CPU time beside wall
// time where it is known (the machine is shared: CPU time is the steadier figure).

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  cpuMedianMs?: number;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples: number[], cpuSamples: number[] = []): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const timing: Timing = { runs: sorted.length, medianMs: median(sorted), p95Ms: quantile(sorted, 0.95), minMs: sorted[0] };
  if (cpuSamples.length) timing.cpuMedianMs = median(cpuSamples);
  return timing;
}

/** CPU time (user + system) of this process in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The figure ratios use: CPU time when known (steadier on a shared machine), else wall time. */
export function steady(t: Timing): number {
  return t.cpuMedianMs ?? t.medianMs;
}
