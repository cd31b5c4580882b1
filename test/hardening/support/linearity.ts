// Work ratios between a document of size n and one of size 4n from the same generator.
import { type Language, scan } from '../../../server/src/engine';
import { count, type OpCounts } from './op-counter';
import { allRules } from './rules';

/** Linear code does about 4x the work for 4x the input; quadratic code 16x. Above this is a failure. */
export const MAX_RATIO = 6;

export interface Family {
  name: string;
  language: Language;
  build: (size: number) => string;
  /** Size of the small document (the large one is 4x). */
  size?: number;
}

export interface Ratio {
  ratio: number;
  small: OpCounts;
  large: OpCounts;
  sizes: [number, number];
}

export function workRatio(family: Family): Ratio {
  const compiled = allRules();
  const n = family.size ?? 4000;
  const small = family.build(n);
  const large = family.build(4 * n);
  scan(small, family.language, compiled); // lazily built tables are built before counting
  const a = count(() => scan(small, family.language, compiled)).ops;
  const b = count(() => scan(large, family.language, compiled)).ops;
  return { ratio: b.total / a.total, small: a, large: b, sizes: [small.length, large.length] };
}

export function describeRatio(family: Family, r: Ratio): string {
  return `${family.name} (${family.language}): ${r.sizes[0]} -> ${r.sizes[1]} chars, work ${r.small.total} -> ${r.large.total} (x${r.ratio.toFixed(2)}); large: ${JSON.stringify(r.large)}`;
}
