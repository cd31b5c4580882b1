// The bundled knowledge the LSP features use besides the rules: law cards and mitigation clauses,
// loaded once per server.
import { join } from 'node:path';
import { bundledRulesDir, LawIndex, loadLawCards, loadMitigationClauses, type MitigationClause, type RuleProblem } from '../engine';

export interface Knowledge {
  laws: LawIndex;
  clauses: MitigationClause[];
  problems: RuleProblem[];
}

let loaded: Knowledge | undefined;

export function bundledKnowledge(): Knowledge {
  if (!loaded) {
    const dir = bundledRulesDir();
    const laws = loadLawCards(join(dir, 'laws'));
    const mitigations = loadMitigationClauses(join(dir, 'mitigations.yaml'));
    loaded = { laws: new LawIndex(laws.cards), clauses: mitigations.clauses, problems: [...laws.problems, ...mitigations.problems] };
  }
  return loaded;
}
