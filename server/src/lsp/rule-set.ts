// Loads and compiles the rules a workspace uses (bundled packs plus the packs its settings name),
// once per distinct set of pack files. When a workspace pack breaks, its problems are reported and
// its last good rules stay active, so a half-typed edit of a pack never switches rules off.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { builtModulePath, RULE_SET_CHILD, workerExecArgv } from '../cli/built-modules';
import { VERSION } from '../cli/version';
import {
  bundledRuleSources,
  type CompiledRules,
  compileRules,
  compileRulesCached,
  defaultCacheRoot,
  loadBundledRules,
  loadRulePacks,
  type Rule,
  type RulePack,
  type RuleProblem,
  readRuleSetSnapshot,
  ruleSetSnapshotKey,
  ValidatedPacks,
  writeRuleSetSnapshot,
} from '../engine';
import { listPackFiles } from '../engine/rules/load';

export interface RuleSet {
  compiled: CompiledRules;
  /** Pack names and versions, for reports. */
  packs: { pack: string; version: string; title: string; dataDate?: string }[];
  problems: RuleProblem[];
  /** Pack files whose last good rules are in use because the current file is broken. */
  stale: string[];
  key: string;
  /**
   * How the rules were had: `from` a rule-set snapshot (no pack read) or the packs, `cached` when the
   * compiled rules were read rather than compiled, and any cache problem.
   */
  compile: { cached: boolean; from: 'snapshot' | 'packs'; ms: number; cacheProblem?: string; child?: boolean };
}

function packFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    try {
      return listPackFiles(p);
    } catch {
      return [p];
    }
  });
}

function fingerprint(files: string[]): string {
  return files
    .map((p) => {
      try {
        const st = statSync(p);
        return `${p}@${st.mtimeMs}:${st.size}`;
      } catch {
        return `${p}@missing`;
      }
    })
    .join('|');
}

export class RuleSetCache {
  private current: RuleSet | undefined;
  private readonly lastGood = new Map<string, Rule[]>();

  private readonly validated: ValidatedPacks | undefined;

  private readonly childFromBytes: number | false;

  /**
   * cacheRoot: where compiled rules and validated packs are remembered between runs (false: nowhere).
   * childFromBytes: pack files of at least this many bytes in all are loaded and compiled by a child
   * process (dist/rule-set-child.js) that leaves a snapshot for this one to read (false: never).
   */
  constructor(
    private readonly cacheRoot: string | false = defaultCacheRoot(),
    options: { childFromBytes?: number | false } = {},
  ) {
    this.validated = cacheRoot === false ? undefined : new ValidatedPacks(join(cacheRoot, 'validated-packs'));
    this.childFromBytes = options.childFromBytes ?? CHILD_FROM_BYTES;
  }

  /** Resolves pack paths against the first workspace folder; absolute paths stay as they are. */
  static resolvePaths(packs: string[], folders: string[]): string[] {
    return packs.map((p) => (isAbsolute(p) || folders.length === 0 ? p : resolve(folders[0], p)));
  }

  get(extraPacks: string[], useBundled = true): RuleSet {
    const files = packFiles(extraPacks);
    const key = `${useBundled}|${fingerprint(files)}`;
    if (this.current && this.current.key === key) return this.current;
    const sources = useBundled ? bundledRuleSources(files) : files;
    const snapshotDir = this.cacheRoot === false ? undefined : join(this.cacheRoot, 'rule-sets');
    const snapshotKey = ruleSetSnapshotKey(sources, `bundled=${useBundled}`, VERSION);
    const started = performance.now();
    let snapshotProblem: string | undefined;
    if (snapshotDir) {
      let { snapshot, problem } = readRuleSetSnapshot(snapshotDir, snapshotKey);
      let ranChild = false;
      let childProblem: string | undefined;
      if (!snapshot && this.cacheRoot !== false && this.childFromBytes !== false && bytesOf(sources) >= this.childFromBytes) {
        // A large set is loaded by a child process, which writes the snapshot read here (over an
        // unusable one too); a set with a problem leaves none, and is loaded here as before (its
        // problems are shown, its last good rules kept).
        ranChild = true;
        childProblem = buildInChild(this.cacheRoot, useBundled, files);
        ({ snapshot, problem } = readRuleSetSnapshot(snapshotDir, snapshotKey));
      }
      snapshotProblem = problem ?? (snapshot ? undefined : childProblem);
      if (snapshot) {
        // A snapshot is of a clean load: every pack is its own last good version.
        for (const pack of snapshot.loaded.packs) if (pack.file && files.includes(pack.file)) this.lastGood.set(pack.file, pack.rules);
        this.current = {
          compiled: snapshot.compiled,
          packs: packVersions(snapshot.loaded.packs),
          problems: [],
          stale: [],
          key,
          compile: { cached: true, from: 'snapshot', ms: performance.now() - started, ...(ranChild ? { child: true } : {}) },
        };
        return this.current;
      }
    }
    const options = { validated: this.validated };
    const loaded = useBundled ? loadBundledRules(files, options) : loadRulePacks(files, undefined, options);
    // A workspace pack with any problem (a YAML error, or one rule broken mid-edit) keeps its last
    // good version: its current rules are replaced by the ones that loaded cleanly before.
    const broken = new Set(loaded.problems.map((p) => p.file));
    const stale = files.filter((file) => broken.has(file) && this.lastGood.has(file));
    const staleSet = new Set(stale);
    for (const pack of loaded.packs)
      if (pack.file && files.includes(pack.file) && !broken.has(pack.file)) this.lastGood.set(pack.file, pack.rules);
    const rules = loaded.rules.filter((r) => !r.file || !staleSet.has(r.file));
    const ids = new Set(rules.map((r) => r.id));
    for (const file of stale) rules.push(...(this.lastGood.get(file) ?? []).filter((r) => !ids.has(r.id)));
    let compiled: CompiledRules;
    let compile: RuleSet['compile'];
    if (this.cacheRoot === false) {
      compiled = compileRules(rules);
      compile = { cached: false, from: 'packs', ms: compiled.stats.compileMs };
    } else if (snapshotDir && loaded.problems.length === 0) {
      // A clean load is kept whole (rule-set-snapshot.ts): the next start reads neither packs nor rules.
      compiled = compileRules(rules);
      const problem = writeRuleSetSnapshot(snapshotDir, snapshotKey, { ...loaded, rules }, compiled) ?? snapshotProblem;
      compile = { cached: false, from: 'packs', ms: compiled.stats.compileMs, ...(problem ? { cacheProblem: problem } : {}) };
    } else {
      const result = compileRulesCached(rules, { dir: join(this.cacheRoot, 'compiled-rules'), sources });
      compiled = result.compiled;
      const problem = result.cacheProblem ?? snapshotProblem;
      compile = { cached: result.hit, from: 'packs', ms: compiled.stats.compileMs, ...(problem ? { cacheProblem: problem } : {}) };
    }
    this.current = {
      compiled,
      packs: packVersions(loaded.packs),
      problems: [...loaded.problems, ...compiled.problems],
      stale,
      key,
      compile,
    };
    return this.current;
  }
}

function packVersions(packs: RulePack[]): RuleSet['packs'] {
  return packs.map((p) => ({
    pack: p.pack,
    version: p.version,
    title: p.title,
    ...(p.data_date ? { dataDate: p.data_date } : {}),
  }));
}

/** Pack files holding this many bytes in all are loaded in a child process (see RuleSetCache). */
const CHILD_FROM_BYTES = 8 * 1024 * 1024;

function bytesOf(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // a missing file is reported by the load
    }
  }
  return total;
}

/**
 * Runs dist/rule-set-child.js (or its source, under tsx) and waits for it; returns what went wrong, if
 * anything. Blocking, as an in-process compile is: the caller needs the rules before it can scan.
 */
function buildInChild(cacheRoot: string, useBundled: boolean, files: string[]): string | undefined {
  const result = spawnSync(
    process.execPath,
    [...(workerExecArgv() ?? []), builtModulePath(RULE_SET_CHILD), cacheRoot, String(useBundled), ...files],
    {
      // In VS Code the server runs on Electron's binary: the child must run as plain Node too.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
      timeout: 300_000,
      windowsHide: true,
    },
  );
  if (result.error) return `the rule-set child process did not run: ${result.error.message}; loaded here instead`;
  if (result.status !== 0)
    return `the rule-set child process failed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n')[0]}; loaded here instead`;
  return undefined;
}
