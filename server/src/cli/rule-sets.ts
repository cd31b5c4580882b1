// Rule packs per configuration: drafts under different `.caveat.yaml` files may add different packs,
// so each distinct list of packs is loaded and compiled once, and each pack problem reported once.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundledRuleSources,
  type CompiledRules,
  compileRules,
  compileRulesCached,
  defaultCacheRoot,
  defaultCompileCacheDir,
  type LoadedRules,
  loadBundledRules,
  type RuleProblem,
  readRuleSetSnapshot,
  ruleSetSnapshotKey,
  ValidatedPacks,
  writeRuleSetSnapshot,
} from '../engine';
import { VERSION } from './version';

export interface RuleSet {
  loaded: LoadedRules;
  compiled: CompiledRules;
}

interface CachedRules {
  loaded: LoadedRules;
  /** Compiled on first use: a parallel scan compiles in its workers, never in the main thread. */
  compiled?: CompiledRules;
  /** The rule-set snapshot these rules are kept under (see rule-set-snapshot.ts). */
  snapshotKey: string;
}

/**
 * Loaded and compiled rules, kept for the life of the process: loading the bundled packs takes seconds,
 * and a process that runs several scans (tests, an editor integration) should pay that once. The key
 * includes each extra pack's modification time, so an edited pack is loaded again.
 */
const processCache = new Map<string, CachedRules>();

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

interface UsedSet {
  rules: CachedRules;
  /** Known once the set was compiled, here or in a scan worker. */
  compileProblems?: RuleProblem[];
}

/**
 * How compiled rules are kept between runs (the engine's compiled-rules cache, in the user's cache
 * folder or $CAVEAT_CACHE_DIR): 'write' reads an entry or compiles and writes one; 'read' compiles
 * without writing when there is no entry, for the worker threads of a parallel scan (the main thread
 * writes), since threads share the process id the cache names its temporary files after.
 */
export type CompileCacheUse = 'write' | 'read';

export class RuleSets {
  /** In order of first use, which is the order their problems are reported in. */
  private readonly used = new Map<string, UsedSet>();

  constructor(
    private readonly commandLinePacks: string[],
    private readonly compileCache: CompileCacheUse = 'write',
  ) {}

  /** Every pack a draft under this configuration is scanned with: the command line's, then the config's. */
  packsFor(configPacks: string[]): string[] {
    return [...this.commandLinePacks, ...configPacks];
  }

  /** The rules of these packs, loaded but not compiled (enough for reports and for planning a scan). */
  loadedFor(configPacks: string[]): LoadedRules {
    return this.use(configPacks).rules.loaded;
  }

  forPacks(configPacks: string[]): RuleSet {
    const set = this.use(configPacks);
    const { rules } = set;
    rules.compiled ??= this.compile(rules, this.packsFor(configPacks));
    set.compileProblems = rules.compiled.problems;
    return { loaded: rules.loaded, compiled: rules.compiled };
  }

  /** Records the problems found when a scan worker compiled these packs. */
  noteCompileProblems(configPacks: string[], problems: RuleProblem[]): void {
    this.use(configPacks).compileProblems ??= problems;
  }

  /** Every distinct problem in a rule pack, as "file:line:column: message", loading problems first. */
  get problems(): string[] {
    const seen = new Set<string>();
    for (const { rules, compileProblems } of this.used.values()) {
      for (const p of rules.loaded.problems) seen.add(`${p.file}:${p.line}:${p.column}: ${p.message}`);
      for (const p of compileProblems ?? []) seen.add(`${p.file}: ${p.message}`);
    }
    return [...seen];
  }

  /** The rules of every set used in this run (for the rule-pack versions and rule metadata of reports). */
  allLoaded(): LoadedRules[] {
    return [...this.used.values()].map((s) => s.rules.loaded);
  }

  private compile(rules: CachedRules, packs: string[]): CompiledRules {
    const write = this.compileCache !== 'read';
    // A clean load is kept whole as a snapshot, which the next run reads instead of the packs;
    // a cache that cannot be read or written costs only the time: not worth a message.
    if (write && rules.loaded.problems.length === 0) {
      const compiled = compileRules(rules.loaded.rules);
      writeRuleSetSnapshot(snapshotDir(), rules.snapshotKey, rules.loaded, compiled);
      return compiled;
    }
    const sources = bundledRuleSources(packs);
    return compileRulesCached(rules.loaded.rules, { dir: defaultCompileCacheDir(), sources, write }).compiled;
  }

  private use(configPacks: string[]): UsedSet {
    const packs = this.packsFor(configPacks);
    const key = JSON.stringify(packs);
    let set = this.used.get(key);
    if (!set) {
      const processKey = cacheKey(packs);
      let rules = processCache.get(processKey);
      if (!rules) {
        const snapshotKey = ruleSetSnapshotKey(bundledRuleSources(packs), 'bundled=true', VERSION);
        const { snapshot } = readRuleSetSnapshot(snapshotDir(), snapshotKey);
        // Packs whose text validated cleanly before skip the rule-by-rule validation.
        rules = snapshot
          ? { ...snapshot, snapshotKey }
          : {
              loaded: loadBundledRules(packs, { validated: new ValidatedPacks(join(defaultCacheRoot(), 'validated-packs')) }),
              snapshotKey,
            };
        processCache.set(processKey, rules);
      }
      set = { rules };
      this.used.set(key, set);
    }
    return set;
  }
}

function snapshotDir(): string {
  return join(defaultCacheRoot(), 'rule-sets');
}
