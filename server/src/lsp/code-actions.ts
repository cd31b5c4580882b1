// Quick fixes on Caveat diagnostics: open the guidance, insert a mitigation clause that fits the
// format, accept the finding with a reason (the client asks for it), add a partner to the reviewed
// list, and accept every finding of one rule at once.
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { clauseFor, type Language, type MitigationClause, paragraphEnd, renderClause } from '../engine';
import type { FindingData } from './diagnostics';

export interface AcceptArguments {
  uri: string;
  languageId: string;
  ruleId: string;
  /** Zero-based lines of the findings to accept. */
  lines: number[];
}

export function codeActionsFor(
  doc: TextDocument,
  language: Language,
  diagnostics: Diagnostic[],
  allDiagnostics: Diagnostic[],
  clauses: MitigationClause[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'caveat' || !d.data) continue;
    const data = d.data as FindingData;
    if (data.accepted) continue;
    actions.push({
      title: `Caveat: open the guidance on ${data.guidance.replace(/-/g, ' ')}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Show guidance', command: 'caveat.showGuidance', arguments: [data.guidance] },
    });
    const clause = clauseFor(clauses, data.ruleId, data.category);
    if (clause) {
      const at = doc.positionAt(paragraphEnd(doc.getText(), doc.offsetAt(d.range.end)));
      actions.push({
        title: `Caveat: insert a mitigation clause (${clause.title})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: renderClause(clause, language) }] } },
      });
    }
    const accept: AcceptArguments = { uri: doc.uri, languageId: doc.languageId, ruleId: data.ruleId, lines: [d.range.start.line] };
    actions.push({
      title: `Caveat: accept this finding with a reason…`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Accept finding', command: 'caveat.acceptFinding', arguments: [accept] },
    });
    if (data.category === 'military-linked-partner') {
      actions.push({
        title: `Caveat: add “${data.text}” to the reviewed partners`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: {
          title: 'Add to reviewed partners',
          command: 'caveat.addReviewedPartner',
          arguments: [{ name: data.text, ruleId: data.ruleId }],
        },
      });
    }
    if (!seenRules.has(data.ruleId)) {
      seenRules.add(data.ruleId);
      const same = allDiagnostics.filter((o) => o.source === 'caveat' && o.code === data.ruleId);
      if (same.length > 1) {
        const lines = [...new Set(same.map((o) => o.range.start.line))];
        actions.push({
          title: `Caveat: accept all ${same.length} findings of ${data.ruleId} in this document…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: same,
          command: { title: 'Accept all', command: 'caveat.acceptFinding', arguments: [{ ...accept, lines }] },
        });
      }
    }
  }
  return actions;
}
