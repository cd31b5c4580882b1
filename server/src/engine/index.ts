// The engine's public surface, shared by the language server, the CLI and the tests.
import { join } from 'node:path';
import { bundledRulesDir } from './bundled';
import { type LoadOptions, listPackFiles, loadRulePacks } from './rules/load';
import { type PrevalidatedPacks, readPrevalidated } from './rules/prevalidated';
import type { LoadedRules } from './rules/types';

export { bundledRulesDir } from './bundled';
export { type CompiledRules, compileRules } from './rules/compile';
export { type CachedCompile, compileRulesCached, defaultCacheRoot, defaultCompileCacheDir } from './rules/compiled-cache';
export { type LoadOptions, loadRulePacks, parsePackText } from './rules/load';
export { isLazyRuleList, lazyRuleList, type RuleLookup, ruleIdsOf, ruleLookup } from './rules/rule-list';
export { type RuleSetSnapshot, readRuleSetSnapshot, ruleSetSnapshotKey, writeRuleSetSnapshot } from './rules/rule-set-snapshot';
export type { LoadedRules, Rule, RulePack, RuleProblem } from './rules/types';
export { ValidatedPacks } from './rules/validated-packs';
export { type ScanOptions, type ScanReport, scan, scanDocument } from './scan';
export * from './types';

/** Where the build writes the packs it validated (see scripts/build-rule-cache.ts). */
export function prevalidatedPacksFile(): string {
  return join(bundledRulesDir(), '..', 'dist', 'rule-cache.json');
}

let prevalidated: PrevalidatedPacks | undefined | null = null;

/** Loads the packs shipped with Caveat (rules/packs), plus any extra pack files or folders. */
/** The files loadBundledRules(extra) reads its rules from, for the compiled-rules cache key. */
export function bundledRuleSources(extra: string[] = []): string[] {
  return [join(bundledRulesDir(), 'packs'), ...extra].flatMap((p) => {
    try {
      return listPackFiles(p);
    } catch {
      return [p];
    }
  });
}

export function loadBundledRules(extra: string[] = [], options: LoadOptions = {}): LoadedRules {
  if (prevalidated === null) prevalidated = readPrevalidated(prevalidatedPacksFile());
  return loadRulePacks([join(bundledRulesDir(), 'packs'), ...extra], prevalidated, options);
}
export { languageForPath } from './file-types';
export { IncrementalScanner } from './incremental';
export { JURISDICTIONS, type JurisdictionProfile, lawCards, lawLabel, orderLaws } from './laws/bundled-laws';
export { articleOf, chineseNumeral, LawIndex, type LawMention } from './laws/law-index';
export { loadLawCards } from './laws/load';
export type { LawCard } from './laws/types';
export { clauseFor, loadMitigationClauses, type MitigationClause, paragraphEnd, renderClause } from './mitigations';
