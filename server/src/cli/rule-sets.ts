// Rule packs per configuration: drafts under different `.caveat.yaml` files may add different packs,
// so each distinct list of packs is loaded and compiled once, and each pack problem reported once.
import { statSync } from 'node:fs';
import { type CompiledRules, compileRules, type LoadedRules, loadBundledRules } from '../engine';

export interface RuleSet {
  loaded: LoadedRules;
  compiled: CompiledRules;
}

/**
 * Loaded and compiled rules, kept for the life of the process: loading the bundled packs takes seconds,
 * and a process that runs several scans (tests, an editor integration) should pay that once. The key
 * includes each extra pack's modification time, so an edited pack is loaded again.
 */
const processCache = new Map<string, RuleSet>();

function cacheKey(packs: string[]): string {
  const stamps = packs.map((p) => {
    try {
      return statSync(p).mtimeMs;
    } catch {
      return 'missing';
    }
  });
  return JSON.stringify([packs, stamps]);
}

export class RuleSets {
  private readonly cache = new Map<string, RuleSet>();
  private readonly reported = new Set<string>();
  /** Every distinct problem in a rule pack, as "file:line:column: message". */
  readonly problems: string[] = [];

  constructor(private readonly commandLinePacks: string[]) {}

  forPacks(configPacks: string[]): RuleSet {
    const packs = [...this.commandLinePacks, ...configPacks];
    const key = JSON.stringify(packs);
    let set = this.cache.get(key);
    if (!set) {
      const processKey = cacheKey(packs);
      set = processCache.get(processKey);
      if (!set) {
        const loaded = loadBundledRules(packs);
        set = { loaded, compiled: compileRules(loaded.rules) };
        processCache.set(processKey, set);
      }
      const { loaded, compiled } = set;
      this.cache.set(key, set);
      for (const p of loaded.problems) this.report(`${p.file}:${p.line}:${p.column}: ${p.message}`);
      for (const p of compiled.problems) this.report(`${p.file}: ${p.message}`);
    }
    return set;
  }

  /** All rule sets used in this run (for the rule-pack versions and rule metadata of reports). */
  all(): RuleSet[] {
    return [...this.cache.values()];
  }

  private report(message: string) {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.problems.push(message);
  }
}
