// `caveat rules test [PACKS]`: every rule proves itself, as in the build's own tests: its examples must
// give a finding of that rule, its near-misses must not (a mitigated hint is a fine near-miss). Lets an
// institution check its own packs before sharing them.
import { loadRulePacks, scan } from '../engine';
import { RuleSets } from './rule-sets';

export function runRulesTest(packs: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  const ruleSets = new RuleSets(packs);
  const { loaded, compiled } = ruleSets.forPacks([]);
  for (const p of ruleSets.problems) stderr.write(`caveat: ${p}\n`);
  // Rules are tested together with the bundled ones, as they will run, but only the named packs' rules
  // are tested when packs are named.
  const tested = packs.length ? new Set(loadRulePacks(packs).rules.map((r) => r.id)) : undefined;
  let rules = 0;
  let checks = 0;
  const failures: string[] = [];
  for (const rule of loaded.rules) {
    if (tested && !tested.has(rule.id)) continue;
    rules++;
    rule.examples.forEach((example, i) => {
      checks++;
      if (!scan(example, 'plaintext', compiled).some((f) => f.ruleId === rule.id))
        failures.push(`${rule.id}: example ${i + 1} gave no finding: "${example}"`);
    });
    rule.near_misses.forEach((nearMiss, i) => {
      checks++;
      const found = scan(nearMiss, 'plaintext', compiled).filter((f) => f.ruleId === rule.id && !f.mitigation);
      if (found.length) failures.push(`${rule.id}: near-miss ${i + 1} gave a finding ("${found[0].text}"): "${nearMiss}"`);
    });
    if (!rule.examples.length || !rule.near_misses.length) failures.push(`${rule.id}: needs at least one example and one near-miss`);
  }
  for (const f of failures) stdout.write(`FAIL ${f}\n`);
  stdout.write(
    `${rules} rule${rules === 1 ? '' : 's'}, ${checks} example${checks === 1 ? '' : 's'} and near-misses: ${failures.length ? `${failures.length} failed` : 'all passed'}\n`,
  );
  if (ruleSets.problems.length) return 2;
  if (tested && tested.size === 0) {
    stderr.write('caveat: no rules found in the given packs\n');
    return 2;
  }
  return failures.length ? 1 : 0;
}
