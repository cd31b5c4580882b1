// The rules the hardening tests scan with: the bundled packs plus the engine's small fixture pack
// (which adds a workspace-style RE2 pattern, abbreviations, combinations and look-alikes).
import { join } from 'node:path';
import { type CompiledRules, compileRules, loadBundledRules, loadRulePacks } from '../../../server/src/engine';

export const REPO = join(__dirname, '..', '..', '..');
export const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');

let all: CompiledRules | undefined;
let fixture: CompiledRules | undefined;

/** Bundled rules plus the fixture pack, compiled once per process. */
export function allRules(): CompiledRules {
  if (!all) {
    const loaded = loadBundledRules([FIXTURE_PACK]);
    if (loaded.problems.length) throw new Error(loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    all = compileRules(loaded.rules);
  }
  return all;
}

/** The fixture pack alone. */
export function fixtureRules(): CompiledRules {
  if (!fixture) {
    const loaded = loadRulePacks([FIXTURE_PACK]);
    if (loaded.problems.length) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    fixture = compileRules(loaded.rules);
  }
  return fixture;
}

/** A small deterministic PRNG (mulberry32), so generated documents are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}
