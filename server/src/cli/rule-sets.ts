// Rule packs per configuration: drafts under different `.caveat.yaml` files may add different packs,
// so each distinct list of packs is loaded and compiled once, and each pack problem reported once.
import { type CompiledRules, compileRules, type LoadedRules, loadBundledRules } from '../engine';

export interface RuleSet {
  loaded: LoadedRules;
  compiled: CompiledRules;
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
      const loaded = loadBundledRules(packs);
      const compiled = compileRules(loaded.rules);
      set = { loaded, compiled };
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
