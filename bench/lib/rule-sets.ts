// Loads the rules a measurement uses: the bundled packs (optionally) plus generated packs.
import { loadBundledRules, loadRulePacks, type Rule } from '../../server/src/engine';

export interface RuleSetSpec {
  bundled: boolean;
  packFiles: string[];
}

export function loadRuleSet(spec: RuleSetSpec): Rule[] {
  const loaded = spec.bundled ? loadBundledRules(spec.packFiles) : loadRulePacks(spec.packFiles);
  if (loaded.problems.length) {
    throw new Error(
      `rule problems: ${loaded.problems
        .slice(0, 3)
        .map((p) => `${p.file}:${p.line}: ${p.message}`)
        .join('; ')}`,
    );
  }
  return loaded.rules;
}
