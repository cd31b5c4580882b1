// Checks that the generated filler is bland: a 1 MB draft without risk sentences gives no findings
// with the bundled rules. Usage: npx tsx bench/profile/check-filler.ts
import { compileRules, loadBundledRules, scan } from '../../server/src/engine';
import { generateDraft } from '../lib/draft-generator';

const compiled = compileRules(loadBundledRules().rules);
const draft = generateDraft({ bytes: 1024 * 1024, pickRisk: () => 'The project runs for three years.' });
const findings = scan(draft.text, 'markdown', compiled);
const byRule = new Map<string, number>();
for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
console.log(`${findings.length} findings in ${draft.bytes} bytes of filler`, [...byRule].slice(0, 10));
