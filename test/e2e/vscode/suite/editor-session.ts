// Opens example drafts in the extension host and waits for Caveat's diagnostics, as a user would see them.
import path from 'node:path';
import * as vscode from 'vscode';
import type { ExpectedSeverity } from '../../support/example-expectations';

const pollIntervalMs = 100;

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test run opened no workspace folder');
  return folder.uri.fsPath;
}

export async function openExample(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(path.join(workspaceRoot(), file));
  return vscode.window.showTextDocument(document);
}

export function caveatDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'caveat');
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code ?? '');
}

/** Polls until `accept` holds for the document's Caveat diagnostics; fails after timeoutMs. */
export async function waitForCaveatDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = caveatDiagnostics(uri);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() > deadline) {
      const seen = diagnostics.map((d) => `${ruleIdOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
      throw new Error(`timed out waiting for Caveat diagnostics on ${uri.fsPath}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
}

export function severityName(severity: vscode.DiagnosticSeverity): ExpectedSeverity | 'hint' {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    case vscode.DiagnosticSeverity.Information:
      return 'information';
    default:
      return 'hint';
  }
}

/** The plain text of hover contents, whatever form each part takes. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}
