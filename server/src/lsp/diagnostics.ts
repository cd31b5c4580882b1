// Adapts engine findings to LSP diagnostics; nothing else.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledRulesDir, type Finding, type Risk, type RuleProblem } from '../engine';

const SEVERITY: Record<Risk, DiagnosticSeverity> = {
  red: DiagnosticSeverity.Error,
  orange: DiagnosticSeverity.Warning,
  green: DiagnosticSeverity.Information,
};

/** What code actions need to know about a diagnostic, carried in Diagnostic.data. */
export interface FindingData {
  ruleId: string;
  category: string;
  risk: Risk;
  guidance: string;
  laws: string[];
  text: string;
  accepted?: boolean;
}

/** By guidance name: every diagnostic of every scan links one, and building a file URL is not free. */
const guidanceUris = new Map<string, string>();

export function guidanceUri(guidance: string): string {
  let uri = guidanceUris.get(guidance);
  if (uri === undefined) {
    uri = pathToFileURL(join(bundledRulesDir(), 'guidance', `${guidance}.md`)).toString();
    guidanceUris.set(guidance, uri);
  }
  return uri;
}

/**
 * An accepted finding (a directive with a reason, a reviewed partner) stays visible as a hint that
 * names the reason, so the audit trail is in the editor too; it is not counted as a problem.
 */
export function findingToDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const risk = f.mitigation ? `${f.risk}, mitigated` : f.risk;
  if (f.accepted) {
    return {
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: DiagnosticSeverity.Hint,
      source: 'caveat',
      code: f.ruleId,
      codeDescription: { href: guidanceUri(f.guidance) },
      message: `Accepted: ${f.accepted.reason}. ${f.title ? `${f.title} (${f.risk}): ` : ''}${f.message}`,
      tags: [DiagnosticTag.Unnecessary],
      data: { ruleId: f.ruleId, category: f.category, risk: f.risk, guidance: f.guidance, laws: f.laws, text: f.text, accepted: true },
    };
  }
  const data: FindingData = { ruleId: f.ruleId, category: f.category, risk: f.risk, guidance: f.guidance, laws: f.laws, text: f.text };
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.risk],
    source: 'caveat',
    code: f.ruleId,
    codeDescription: { href: guidanceUri(f.guidance) },
    message: `${f.title ? `${f.title} (${risk}): ` : ''}${f.message}`,
    data,
  };
  if (f.mitigation) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function ruleProblemToDiagnostic(p: RuleProblem): Diagnostic {
  const line = Math.max(0, p.line - 1);
  const character = Math.max(0, p.column - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'caveat',
    code: 'caveat.rule-pack',
    message: p.message,
  };
}
